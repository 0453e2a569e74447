package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.ingest.Payloads.of;
import static nl.heerlen.energiemonitor.ingest.Payloads.reading;
import static nl.heerlen.energiemonitor.support.IntegrationTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import javax.net.ssl.SSLSocketFactory;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.PrivateMosquitto;
import nl.heerlen.energiemonitor.support.TestCertificates;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MQTT over TLS (docs/tls.md): a private Mosquitto with a certificate made for this test ({@link TestCertificates});
 * the service trusts it through a Spring Boot SSL bundle named in energiemonitor.mqtt.ssl-bundle.
 */
@IntegrationTest
class MqttTlsIntegrationTests {
    private static final String NOON = "2026-06-01T12:00:00+02:00";
    private static TestCertificates certs;
    private static PrivateMosquitto broker;

    @Autowired
    MqttIngest ingest;
    @Autowired
    SslBundles bundles;

    @DynamicPropertySource
    static void brokerWithTls(DynamicPropertyRegistry registry) throws Exception {
        IntegrationTestSupport.database(registry);
        certs = TestCertificates.selfSigned("mqtt-tls-");
        broker = new PrivateMosquitto(certs.certificate(), certs.key());
        registry.add("energiemonitor.mqtt.url", broker::sslUrl);
        registry.add("energiemonitor.mqtt.ssl-bundle", () -> "broker");
        registry.add("spring.ssl.bundle.pem.broker.truststore.certificate", () -> "file:" + certs.certificate());
    }

    @AfterAll
    static void stopBroker() throws IOException {
        broker.close();
        certs.close();
    }

    @Test
    void theServiceReceivesOverTlsWithTheBrokerCertificateFromItsSslBundle() throws Exception {
        await(Duration.ofSeconds(60), "subscribed over TLS", ingest::receiving);
        String meter = TestMeters.pvInverter(10);
        MqttClient device = connect(bundles.getBundle("broker").createSslContext().getSocketFactory());
        try {
            MqttMessage message = new MqttMessage(of(reading(NOON, "pv_energy", 4.5, "kWh")).getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            device.publish(TestMeters.topic(meter), message);
        } finally {
            device.disconnect();
            device.close();
        }
        await(Duration.ofSeconds(30), "stored", () -> TestSql.count("select count(*) from reading where meter_id = ?", meter) == 1);
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        assertThatThrownBy(() -> connect((SSLSocketFactory) SSLSocketFactory.getDefault()))
                .isInstanceOf(MqttException.class);
    }

    private static MqttClient connect(SSLSocketFactory tls) throws MqttException {
        MqttClient client = new MqttClient(broker.sslUrl(), "tls-device-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setSocketFactory(tls);
        options.setConnectionTimeout(10);
        try {
            client.connect(options);
        } catch (MqttException e) {
            client.close();
            throw e;
        }
        assertThat(client.isConnected()).isTrue();
        return client;
    }
}
