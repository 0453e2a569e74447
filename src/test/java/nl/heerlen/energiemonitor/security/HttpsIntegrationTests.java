package nl.heerlen.energiemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestCertificates;
import nl.heerlen.energiemonitor.support.TestMeters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * HTTPS as docs/tls.md configures it: {@code server.ssl.bundle} naming a PEM bundle with a certificate made for this
 * test ({@link TestCertificates}). A client trusting the certificate (through a second bundle, "client", holding it as
 * its trust store) uses the API; plain HTTP on the same port and a client trusting only the JVM's CAs get nothing.
 */
@IntegrationTest
class HttpsIntegrationTests extends IntegrationTestSupport {
    private static final String TS = "2026-06-01T12:00:00+02:00";
    private static TestCertificates certs;

    @LocalServerPort
    int port;
    @Autowired
    SslBundles bundles;

    @DynamicPropertySource
    static void https(DynamicPropertyRegistry registry) throws Exception {
        certs = TestCertificates.selfSigned("https-");
        registry.add("server.ssl.bundle", () -> "web");
        registry.add("spring.ssl.bundle.pem.web.keystore.certificate", () -> "file:" + certs.certificate());
        registry.add("spring.ssl.bundle.pem.web.keystore.private-key", () -> "file:" + certs.key());
        registry.add("spring.ssl.bundle.pem.client.truststore.certificate", () -> "file:" + certs.certificate());
    }

    @AfterAll
    static void deleteCertificates() throws IOException {
        certs.close();
    }

    @Test
    void aClientTrustingTheCertificatePostsAReadingAndReadsItBack() throws Exception {
        HttpClient client = client(bundles.getBundle("client").createSslContext());
        String meter = TestMeters.pvInverter(10);
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(https("/api/v1/admin/installers/" + TestMeters.INSTALLER + "/tokens"))
                .header("Authorization", basic("admin", "admin-local")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"https\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(201);
        String bearer = "Bearer " + token.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(https("/api/v1/readings"))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"meter\":\"" + meter + "\",\"readings\":[{\"ts\":\"" + TS
                        + "\",\"channel\":\"pv_energy\",\"value\":4.5,\"unit\":\"kWh\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(posted.body()).contains("\"accepted\":1");

        HttpResponse<String> read = client.send(HttpRequest.newBuilder(https("/api/v1/meters/" + meter
                        + "/readings?from=2026-06-01&to=2026-06-02")).header("Authorization", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("4.5");
    }

    @Test
    void plainHttpOnTheSamePortGetsNoAnswer() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() throws Exception {
        HttpClient client = client(SSLContext.getDefault());
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(https("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    private URI https(String path) {
        return URI.create("https://localhost:" + port + path);
    }

    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
