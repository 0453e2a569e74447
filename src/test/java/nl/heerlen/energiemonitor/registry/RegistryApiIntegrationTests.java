package nl.heerlen.energiemonitor.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Admins register installers, sites and meters; channel rules change how a register is read, and recompute it. */
@IntegrationTest
class RegistryApiIntegrationTests extends IntegrationTestSupport {
    @Autowired
    WebTestClient anonymous;

    @Test
    void anAdminRegistersAnInstallerASiteAndAMeterOnIt() {
        WebTestClient admin = TestUsers.admin(anonymous);
        String suffix = Long.toString(System.nanoTime());
        admin.post().uri("/api/v1/admin/installers").bodyValue(Map.of("id", "solar-" + suffix, "name", "Solar " + suffix))
                .exchange().expectStatus().isCreated();
        admin.post().uri("/api/v1/admin/installers").bodyValue(Map.of("id", "solar-" + suffix, "name", "again"))
                .exchange().expectStatus().isEqualTo(409);
        admin.post().uri("/api/v1/admin/sites").bodyValue(Map.of("id", "school-" + suffix, "name", "School", "kind", "school",
                "municipality", "Kerkrade", "measureCode", "6.1")).exchange().expectStatus().isCreated();
        admin.post().uri("/api/v1/admin/sites").bodyValue(Map.of("id", "far-" + suffix, "name", "Far", "kind", "school",
                "municipality", "Amsterdam")).exchange().expectStatus().isBadRequest();
        admin.put().uri("/api/v1/admin/sites/{id}", "school-" + suffix).bodyValue(Map.of("name", "School renamed",
                "kind", "school", "municipality", "Kerkrade")).exchange().expectStatus().isOk();
        admin.post().uri("/api/v1/meters").bodyValue(Map.of("id", "pv-" + suffix, "kind", "pv_inverter",
                        "installerId", "solar-" + suffix, "siteId", "school-" + suffix, "capacityKwp", 40.0,
                        "commissionedOn", "2024-03-01", "reportingInterval", "PT15M", "maxGap", "PT2H"))
                .exchange().expectStatus().isCreated();

        TestUsers.analyst(anonymous).get().uri("/api/v1/sites").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == 'school-" + suffix + "')].name").isEqualTo("School renamed");
        TestUsers.analyst(anonymous).post().uri("/api/v1/admin/sites").bodyValue(Map.of("id", "x", "name", "x", "kind", "school"))
                .exchange().expectStatus().isForbidden();
        assertThat(TestSql.single("select extract(epoch from max_gap) from meter where id = ?", "pv-" + suffix).toString())
                .startsWith("7200");
    }

    @Test
    void aRegisterMaximumTurnsAResetIntoAWrapAndTheChannelIsRecomputed() {
        String meter = TestMeters.heatMeter();
        TestSql.update("""
                insert into reading (meter_id, channel, ts, value) values (?, 'heat_energy', '2026-06-01T10:00Z', 990),
                (?, 'heat_energy', '2026-06-01T10:15Z', 10);
                insert into accounting_dirty (meter_id, channel, from_ts, to_ts) values (?, 'heat_energy', '2026-06-01T10:00Z', '2026-06-01T10:15Z')""",
                meter, meter, meter);
        await(Duration.ofSeconds(60), "reset counted", () -> dayEnergy(meter) == 10.0);

        TestUsers.admin(anonymous).put().uri("/api/v1/meters/{id}/channels/heat_energy/rules", meter)
                .bodyValue(Map.of("registerMax", 1000.0)).exchange().expectStatus().isOk();

        await(Duration.ofSeconds(60), "wrap counted", () -> dayEnergy(meter) == 20.0);
    }

    private static double dayEnergy(String meter) {
        Object value = TestSql.single("select energy from energy_day where meter_id = ?", meter);
        return value == null ? -1 : ((Number) value).doubleValue();
    }
}
