package nl.heerlen.energiemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The role matrix on HTTP: anonymous, analyst, admin, and installer A against installer B's meters. */
@IntegrationTest
class AccessIntegrationTests extends IntegrationTestSupport {
    @Autowired
    WebTestClient anonymous;
    WebTestClient installerA;
    String meterOfA;
    String meterOfB;

    @BeforeEach
    void twoInstallers() {
        meterOfA = TestMeters.pvInverter(10);
        meterOfB = TestMeters.register("heat_meter", null);
        TestSql.update("update meter set installer_id = ? where id = ?", TestMeters.OTHER_INSTALLER, meterOfB);
        installerA = TestUsers.installer(anonymous, TestUsers.tokenFor(anonymous, TestMeters.INSTALLER));
    }

    @Test
    void anonymousUsersGetProblemDetailsExceptOnPublicPages() {
        anonymous.get().uri("/api/v1/meters").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        anonymous.post().uri("/api/v1/meters").bodyValue(Map.of("id", "x")).exchange().expectStatus().isUnauthorized();
        anonymous.get().uri("/api/v1/klimaatbegroting/2026").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        anonymous.get().uri("/").exchange().expectStatus().isOk();
        anonymous.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        anonymous.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void analystsReadEverythingAndChangeNothing() {
        WebTestClient analyst = TestUsers.analyst(anonymous);
        analyst.get().uri("/api/v1/meters/{id}", meterOfB).exchange().expectStatus().isOk();
        analyst.get().uri("/api/v1/klimaatbegroting/2026").exchange().expectStatus().isOk();
        analyst.post().uri("/api/v1/meters").bodyValue(Map.of("id", "analyst-meter", "kind", "pv_inverter",
                "installerId", TestMeters.INSTALLER)).exchange().expectStatus().isForbidden();
        analyst.post().uri("/api/v1/admin/installers/{id}/tokens", TestMeters.INSTALLER).exchange().expectStatus().isForbidden();
    }

    @Test
    void installersSeeAndChangeOnlyTheirOwnMeters() {
        installerA.get().uri("/api/v1/meters").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].installerId").value(ids -> assertThat(ids.toString()).doesNotContain(TestMeters.OTHER_INSTALLER, "zonnewerk"));
        installerA.get().uri("/api/v1/meters/{id}", meterOfA).exchange().expectStatus().isOk();
        installerA.get().uri("/api/v1/meters/{id}", meterOfB).exchange().expectStatus().isNotFound();
        installerA.get().uri("/api/v1/meters/{id}/readings?from=2026-01-01&to=2026-02-01", meterOfB).exchange().expectStatus().isNotFound();
        installerA.post().uri("/api/v1/meters/{id}/exchanges", meterOfB).bodyValue(Map.of("channel", "heat_energy",
                "exchangedAt", "2026-06-01T12:00:00+02:00", "finalReadingOld", 1, "startReadingNew", 0))
                .exchange().expectStatus().isNotFound();
        installerA.get().uri("/api/v1/energy?kind=heat_meter&channel=heat_energy&from=2026-01-01&to=2026-01-02")
                .exchange().expectStatus().isForbidden();
        installerA.get().uri("/api/v1/klimaatbegroting/2026").exchange().expectStatus().isForbidden();
    }

    @Test
    void installersRegisterMetersForTheirOwnCompanyOnly() {
        String own = "own-" + System.nanoTime();
        installerA.post().uri("/api/v1/meters").bodyValue(Map.of("id", own, "kind", "pv_inverter", "capacityKwp", 12.5))
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.installerId").isEqualTo(TestMeters.INSTALLER);
        installerA.put().uri("/api/v1/meters/{id}", own).bodyValue(Map.of("kind", "pv_inverter", "capacityKwp", 13.0))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.capacityKwp").isEqualTo(13.0);
        installerA.post().uri("/api/v1/meters").bodyValue(Map.of("id", "theirs-" + System.nanoTime(), "kind", "pv_inverter",
                "installerId", TestMeters.OTHER_INSTALLER)).exchange().expectStatus().isForbidden();
        installerA.put().uri("/api/v1/meters/{id}", meterOfB).bodyValue(Map.of("kind", "heat_meter"))
                .exchange().expectStatus().isNotFound();
        installerA.post().uri("/api/v1/meters").bodyValue(Map.of("id", "bad id!", "kind", "pv_inverter"))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void revokedTokensNoLongerWork() {
        WebTestClient admin = TestUsers.admin(anonymous);
        Map<?, ?> issued = admin.post().uri("/api/v1/admin/installers/{id}/tokens", TestMeters.INSTALLER)
                .bodyValue(Map.of("label", "to revoke")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String token = issued.get("token").toString();
        assertThat(token).startsWith("emt_");
        assertThat(TestSql.count("select count(*) from installer_token where token_hash = ?", token)).isZero();
        TestUsers.installer(anonymous, token).get().uri("/api/v1/meters").exchange().expectStatus().isOk();

        admin.delete().uri("/api/v1/admin/installers/{i}/tokens/{t}", TestMeters.INSTALLER, issued.get("id"))
                .exchange().expectStatus().isNoContent();

        TestUsers.installer(anonymous, token).get().uri("/api/v1/meters").exchange().expectStatus().isUnauthorized();
        TestUsers.installer(anonymous, "emt_made-up").get().uri("/api/v1/meters").exchange().expectStatus().isUnauthorized();
    }
}
