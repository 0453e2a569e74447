package nl.heerlen.energiemonitor.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who reads a single home's readings: its installer and admins (logged), not another installer, not an analyst. */
@IntegrationTest
class HouseholdAccessIntegrationTests extends IntegrationTestSupport {
    static final String RANGE = "from=2030-02-01&to=2030-02-02";

    @Autowired
    WebTestClient anonymous;
    @Autowired
    AccessLogCleanup cleanup;
    String site;
    String ownHome;
    String otherHome;

    @BeforeEach
    void twoHomes() {
        site = Homes.home("t-access");
        ownHome = TestMeters.onSite(site, "gas_meter", null);
        otherHome = TestMeters.onSite(Homes.home("t-access"), "gas_meter", null);
        TestSql.update("update meter set installer_id = ? where id = ?", TestMeters.OTHER_INSTALLER, otherHome);
        for (String meter : List.of(ownHome, otherHome)) {
            TestSql.update("insert into reading (meter_id, channel, ts, value) values (?, 'gas_volume', ?, 12.5)",
                    meter, OffsetDateTime.parse("2030-02-01T10:00:00+01:00"));
        }
    }

    @Test
    void anInstallerSeesItsOwnHomesReadingsButNotAnothers() {
        WebTestClient installer = TestUsers.installer(anonymous, TestUsers.tokenFor(anonymous, TestMeters.INSTALLER));
        installer.get().uri("/api/v1/meters/" + ownHome + "/readings?" + RANGE).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].value").isEqualTo(12.5);
        installer.get().uri("/api/v1/meters/" + otherHome + "/readings?" + RANGE).exchange().expectStatus().isNotFound();
    }

    @Test
    void analystsAreRefused() {
        TestUsers.analyst(anonymous).get().uri("/api/v1/meters/" + ownHome + "/readings?" + RANGE).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void anAdminsReadIsLoggedWithWhoWhenAndWhichSite() {
        WebTestClient admin = TestUsers.admin(anonymous);
        admin.get().uri("/api/v1/meters/" + ownHome + "/readings?" + RANGE).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].value").isEqualTo(12.5);
        List<Map<String, Object>> log = admin.get().uri("/api/v1/admin/privacy/access-log?site=" + site).exchange()
                .expectStatus().isOk().expectBodyList(MAP).returnResult().getResponseBody();
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("userName", "admin").containsEntry("siteId", site)
                    .containsEntry("meterId", ownHome).containsEntry("what", "readings");
            assertThat(OffsetDateTime.parse(entry.get("at").toString())).isAfter(OffsetDateTime.now().minusMinutes(5));
        });
        TestUsers.analyst(anonymous).get().uri("/api/v1/admin/privacy/access-log").exchange().expectStatus().isForbidden();
    }

    @Test
    void entriesOlderThanTheAccessLogRetentionAreRemoved() {
        String oldSite = Homes.home("t-access");
        OffsetDateTime now = OffsetDateTime.now();
        for (OffsetDateTime at : List.of(now.minusMonths(25), now.minusMonths(23), now.minusDays(1))) {
            TestSql.update("insert into household_access_log (at, user_name, site_id, meter_id, what) "
                    + "values (?, 'admin', ?, 'm', 'readings')", at, oldSite);
        }
        assertThat(cleanup.runOnce().block()).isGreaterThanOrEqualTo(1);
        assertThat(TestSql.count("select count(*) from household_access_log where site_id = ?", oldSite)).isEqualTo(2);
        assertThat(TestSql.count("select count(*) from household_access_log where site_id = ? and at < ?", oldSite,
                now.minusMonths(24))).isZero();
    }

    @Test
    void readingsOfNonHouseholdMetersAreNotLogged() {
        String school = TestMeters.onSite(TestMeters.site(), "heat_meter", null);
        TestUsers.admin(anonymous).get().uri("/api/v1/meters/" + school + "/readings?" + RANGE).exchange().expectStatus().isOk();
        assertThat(TestSql.count("select count(*) from household_access_log where meter_id = ?", school)).isZero();
    }

    @Test
    void conflictingValuesOfAHomeAreForAdminsOnly() {
        TestSql.update("insert into reading_conflict (meter_id, channel, ts, stored_value, rejected_value) values (?, 'gas_volume', ?, 12.5, 13)",
                ownHome, OffsetDateTime.parse("2030-02-01T11:00:00+01:00"));
        String uri = "/api/v1/data-quality/conflicts?" + RANGE;
        assertThat(TestUsers.analyst(anonymous).get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody()).doesNotContain(ownHome);
        assertThat(TestUsers.admin(anonymous).get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody()).contains(ownHome);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
