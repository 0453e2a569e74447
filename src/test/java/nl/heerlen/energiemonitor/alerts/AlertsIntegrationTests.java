package nl.heerlen.energiemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Alert detection on crafted rows in the real database, at crafted instants (the periodic run is off in tests). */
@IntegrationTest
class AlertsIntegrationTests extends IntegrationTestSupport {
    // A year no other test writes to, so the fleet medians and windows are ours alone.
    private static final Instant NOON = OffsetDateTime.parse("2031-03-15T12:00:00+01:00").toInstant();
    private static final Instant NIGHT = OffsetDateTime.parse("2031-03-15T23:30:00+01:00").toInstant();

    @Autowired
    AlertEvaluator evaluator;
    WebTestClient web;

    @Autowired
    void loginAsAnalyst(WebTestClient client) {
        this.web = nl.heerlen.energiemonitor.support.TestUsers.analyst(client);
    }

    @Test
    void pvMeterSilentSinceMorningIsOfflineAtNoonButNotAtNight() {
        String pv = TestMeters.pvInverter(10);
        reading(pv, "pv_energy", OffsetDateTime.parse("2031-03-15T08:30:00+01:00"), 100);

        assertThat(subjects(evaluator.evaluate(NOON).block(), AlertType.METER_OFFLINE)).contains(pv);
        reading(pv, "pv_energy", OffsetDateTime.parse("2031-03-15T16:00:00+01:00"), 120);
        assertThat(subjects(evaluator.evaluate(NIGHT).block(), AlertType.METER_OFFLINE)).doesNotContain(pv);
    }

    @Test
    void reportingPvMeterIsNotOfflineAtNoon() {
        String pv = TestMeters.pvInverter(10);
        reading(pv, "pv_energy", OffsetDateTime.parse("2031-03-15T11:50:00+01:00"), 100);
        assertThat(subjects(evaluator.evaluate(NOON).block(), AlertType.METER_OFFLINE)).doesNotContain(pv);
    }

    @Test
    void underperformingRoofFiresAndNormalRoofsDoNot() {
        String a = roof(20, 2.0);
        String b = roof(35, 2.1);
        String c = roof(10, 1.9);
        String weak = roof(30, 0.8);
        List<String> flagged = subjects(evaluator.evaluate(NOON).block(), AlertType.PV_UNDERPERFORMANCE);
        assertThat(flagged).contains(weak).doesNotContain(a, b, c);
    }

    @Test
    void implausibleSupplyReturnDifferenceFires() {
        String stuck = connection(28.0, 27.9);
        String normal = connection(28.0, 23.0);
        List<String> flagged = subjects(evaluator.evaluate(NOON).block(), AlertType.MIJNWATER_DELTA_T);
        assertThat(flagged).contains(stuck).doesNotContain(normal);
    }

    @Test
    void publishedAlertsAppearInTheApiAndAsGauges() {
        String pv = TestMeters.pvInverter(10);
        reading(pv, "pv_energy", OffsetDateTime.parse("2031-03-15T07:30:00+01:00"), 100);
        evaluator.evaluateAndPublish(NOON).block();

        web.get().uri("/api/v1/alerts?type=meter_offline").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.subject == '" + pv + "')].type").isEqualTo("meter_offline")
                .jsonPath("$[?(@.subject == '" + pv + "')].since").isEqualTo("2031-03-15T06:30:00Z");
        web.get().uri("/api/v1/alerts?type=nonsense").exchange().expectStatus().isBadRequest();
        String scrape = web.get().uri("/actuator/prometheus").exchange().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(scrape).containsPattern("energiemonitor_alerts_active\\{[^}]*type=\"meter_offline\"[^}]*} [1-9]");
        assertThat(scrape).doesNotContain(pv);
        assertThat(TestSql.count("select count(*) from grafana.active_alert where subject = ?", pv)).isEqualTo(1);
    }

    /** A roof with 14 full days of the given kWh per kWp per day before NOON's day. */
    private static String roof(double kwp, double kwhPerKwpPerDay) {
        String meter = TestMeters.pvInverter(kwp);
        LocalDate day = LocalDate.of(2031, 3, 1);
        for (int i = 0; i < 14; i++, day = day.plusDays(1)) {
            TestSql.update("""
                    insert into energy_day (meter_id, channel, day, day_start, energy, measured_seconds, estimated_seconds)
                    values (?, 'pv_energy', ?, (?::date)::timestamp at time zone 'Europe/Amsterdam', ?, 86400, 0)""",
                    meter, day, day, kwp * kwhPerKwpPerDay);
        }
        return meter;
    }

    /** A heat meter delivering heat over the two hours before NOON at the given temperatures. */
    private static String connection(double supply, double returnTemp) {
        String meter = TestMeters.heatMeter();
        for (int q = 1; q <= 8; q++) {
            OffsetDateTime start = OffsetDateTime.ofInstant(NOON.minus(Duration.ofMinutes(15L * q)), java.time.ZoneOffset.UTC);
            TestSql.update("""
                    insert into measurement_quarter_hour (meter_id, channel, bucket_start, avg_value, min_value, max_value, samples)
                    values (?, 'supply_temp', ?, ?, ?, ?, 3), (?, 'return_temp', ?, ?, ?, ?, 3)""",
                    meter, start, supply, supply, supply, meter, start, returnTemp, returnTemp, returnTemp);
            TestSql.update("""
                    insert into energy_quarter_hour (meter_id, channel, bucket_start, energy, measured_seconds, estimated_seconds)
                    values (?, 'heat_energy', ?, 12.5, 900, 0)""", meter, start);
        }
        return meter;
    }

    private static void reading(String meter, String channel, OffsetDateTime ts, double value) {
        TestSql.update("insert into reading (meter_id, channel, ts, value, received_at) values (?, ?, ?, ?, ?)",
                meter, channel, ts, value, ts);
    }

    private static List<String> subjects(List<Alert> alerts, AlertType type) {
        return alerts.stream().filter(a -> a.type() == type).map(Alert::subject).toList();
    }
}
