package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestBroker;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A reading published like a device travels through the broker and the database into every endpoint. */
@IntegrationTest
class WalkingSkeletonIntegrationTests extends IntegrationTestSupport {
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-06-01T12:00:00+02:00");

    WebTestClient web;

    @Autowired
    void loginAsAdmin(WebTestClient client) {
        this.web = TestUsers.admin(client);
    }

    @Test
    void seededMetersAreListedWithKindInstallerAndChannels() {
        web.get().uri("/api/v1/meters").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == 'pv-bernardinus')].kind").isEqualTo("pv_inverter")
                .jsonPath("$[?(@.id == 'pv-bernardinus')].installerId").isEqualTo("zonnewerk")
                .jsonPath("$[?(@.id == 'heat-cbs')].channels[*].name").value(names ->
                        assertThat(names.toString()).contains("heat_energy", "cold_energy", "supply_temp"));
    }

    @Test
    void publishedReadingsReachReadingsEnergyReportAndMetrics() throws Exception {
        String pv = TestMeters.pvInverter(50);
        String heat = TestMeters.heatMeter();
        try (TestBroker device = new TestBroker()) {
            await(Duration.ofSeconds(20), "subscribed", this::subscribed);
            device.publish(TestMeters.topic(pv), series("pv_energy", "kWh", 100, 10));
            device.publish(TestMeters.topic(heat), series("heat_energy", "MWh", 2, 0.5));
        }
        await(Duration.ofSeconds(30), "rollups of both meters", () -> TestSql.count(
                "select count(*) from energy_day where meter_id in (?, ?)", pv, heat) == 2
                && TestSql.count("select count(*) from accounting_dirty") == 0);

        web.get().uri("/api/v1/meters/{id}/readings?from=2026-06-01&to=2026-06-02", pv).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(5)
                .jsonPath("$[0].ts").isEqualTo("2026-06-01T12:00+02:00")
                .jsonPath("$[0].unit").isEqualTo("kWh");
        web.get().uri("/api/v1/klimaatbegroting/2026").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.year").isEqualTo(2026)
                .jsonPath("$.solar.meters[?(@.meterId == '" + pv + "')].kwh").isEqualTo(40.0)
                .jsonPath("$.mijnwaterHeat.meters[?(@.meterId == '" + heat + "')].kwh").isEqualTo(2000.0)
                .jsonPath("$.solar.totalKwh").value(total -> assertThat(((Number) total).doubleValue()).isGreaterThanOrEqualTo(40.0));
        String scrape = web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("energiemonitor_readings_accepted_total{", "energiemonitor_readings_rejected_total{",
                "reason=\"unknown_meter\"", "energiemonitor_ingest_commit_latency_seconds_count",
                "energiemonitor_accounting_lag_seconds");
    }

    private boolean subscribed() {
        String scrape = web.get().uri("/actuator/prometheus").exchange().expectBody(String.class).returnResult().getResponseBody();
        return scrape != null && scrape.lines().anyMatch(l -> l.startsWith("energiemonitor_mqtt_connected") && l.endsWith(" 1.0"));
    }

    /** Five readings 15 minutes apart from local noon, the register rising by {@code step} each time. */
    private static String series(String channel, String unit, double start, double step) {
        StringBuilder json = new StringBuilder("{\"readings\":[");
        for (int i = 0; i < 5; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"ts\":\"%s\",\"channel\":\"%s\",\"value\":%s,\"unit\":\"%s\"}",
                    NOON.plusMinutes(15L * i), channel, start + i * step, unit));
        }
        return json.append("]}").toString();
    }
}
