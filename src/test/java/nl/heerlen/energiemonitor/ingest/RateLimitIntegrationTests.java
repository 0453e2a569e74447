package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.ingest.Payloads.of;
import static nl.heerlen.energiemonitor.ingest.Payloads.reading;

import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The HTTP ingest limit per installer: beyond it 429 with Retry-After; another installer and staff are unaffected. */
@IntegrationTest
@TestPropertySource(properties = {"energiemonitor.http-ingest.rate-limit.requests=3",
        "energiemonitor.http-ingest.rate-limit.period=1h"})
class RateLimitIntegrationTests extends IntegrationTestSupport {
    @Autowired
    WebTestClient web;

    @Test
    void anInstallerBeyondItsLimitGets429WithRetryAfterAndOthersAreNotAffected() {
        WebTestClient web = this.web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
        String meter = TestMeters.pvInverter(10);
        WebTestClient installer = TestUsers.installer(web, TestUsers.tokenFor(web, TestMeters.INSTALLER));
        WebTestClient other = TestUsers.installer(web, TestUsers.tokenFor(web, TestMeters.OTHER_INSTALLER));
        for (int i = 0; i < 3; i++) {
            post(installer, meter, i).expectStatus().isOk();
        }

        post(installer, meter, 3).expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "3600")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.title").isEqualTo("Too Many Requests");

        // other installer: its own budget (the meter is not its own, so 422, but not 429)
        post(other, meter, 4).expectStatus().isEqualTo(422);
        post(TestUsers.admin(web), meter, 5).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(WebTestClient client, String meter, int minute) {
        String body = of(reading("2026-06-01T12:0" + minute + ":00+02:00", "pv_energy", 1.0 + minute, "kWh"))
                .replaceFirst("\\{", "{\"meter\":\"" + meter + "\",");
        return client.post().uri("/api/v1/readings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
