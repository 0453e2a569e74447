package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.support.IntegrationTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import nl.heerlen.energiemonitor.support.AccountingBacklog;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A range whose recomputation fails for real: register values of ±9e307 kWh, as the service stored them before
 * ReadingCheck.MAX_MAGNITUDE (docs/reliability.md); their difference overflows. Queued in one statement with healthy
 * ranges, so that all are claimed together: the healthy rollups appear, the poisoned range is set aside after
 * max-attempts (3 in the tests) with its error, shown in the status, the gauge and the admin list, no longer retried;
 * once the data is corrected an admin's retry brings it back.
 */
@IntegrationTest
class AccountingFailureIntegrationTests extends IntegrationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    WebTestClient web;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    AccountingWorker worker;
    @Autowired
    AccountingProperties properties;

    private String poisoned;

    @AfterEach
    void neverLeaveAPoisonedRangeToOtherTests() {
        if (poisoned == null) {
            return;
        }
        TestSql.update("delete from accounting_dirty where meter_id = ?", poisoned);
        TestSql.update("delete from reading where meter_id = ? and abs(value) > 1e15", poisoned);
    }

    @Test
    void aPoisonedRangeIsSetAsideWhileTheHealthyOnesGoThroughAndARetryBringsItBack() {
        poisoned = TestMeters.pvInverter(10);
        String healthy = TestMeters.pvInverter(10);
        String alsoHealthy = TestMeters.pvInverter(10);
        AccountingBacklog.awaitRecomputed();
        long failedBefore = status().get("failedRanges") instanceof Number n ? n.longValue() : 0;
        TestSql.update("""
                with readings as (
                    insert into reading (meter_id, channel, ts, value) values
                        (?1, 'pv_energy', '2026-06-01T10:00Z', 10), (?1, 'pv_energy', '2026-06-01T10:15Z', -9e307),
                        (?1, 'pv_energy', '2026-06-01T10:30Z', 9e307), (?1, 'pv_energy', '2026-06-01T10:45Z', 11),
                        (?2, 'pv_energy', '2026-06-01T10:00Z', 100), (?2, 'pv_energy', '2026-06-01T11:00Z', 101),
                        (?3, 'pv_energy', '2026-06-01T10:00Z', 200), (?3, 'pv_energy', '2026-06-01T11:00Z', 202)
                    returning 1)
                insert into accounting_dirty (meter_id, channel, from_ts, to_ts) values
                    (?1, 'pv_energy', '2026-06-01T10:00Z', '2026-06-01T10:45Z'),
                    (?2, 'pv_energy', '2026-06-01T10:00Z', '2026-06-01T11:00Z'),
                    (?3, 'pv_energy', '2026-06-01T10:00Z', '2026-06-01T11:00Z')""".replace("?1", "'" + poisoned + "'")
                .replace("?2", "'" + healthy + "'").replace("?3", "'" + alsoHealthy + "'"));

        await(WAIT, "healthy rollups although claimed with the poisoned range",
                () -> energy(healthy) != null && energy(alsoHealthy) != null);
        assertThat(energy(healthy)).isCloseTo(1.0, within(1e-9));
        assertThat(energy(alsoHealthy)).isCloseTo(2.0, within(1e-9));

        await(WAIT, "poisoned range set aside", () -> TestSql.count(
                "select count(*) from accounting_dirty where meter_id = ? and set_aside_at is not null", poisoned) == 1);
        Map<String, Object> row = TestSql.rows("select attempts, last_error from accounting_dirty where meter_id = ?", poisoned).get(0);
        assertThat(row.get("attempts")).isEqualTo(properties.maxAttempts());
        assertThat(row.get("last_error").toString()).as("the error is kept").isNotBlank();
        System.out.printf("[accounting] poisoned range set aside after %s attempts: %s%n", row.get("attempts"), row.get("last_error"));
        assertThat(energy(poisoned)).as("no rollups of the poisoned channel").isNull();

        worker.drain().block();
        worker.drain().block();
        assertThat(TestSql.single("select attempts from accounting_dirty where meter_id = ?", poisoned))
                .as("a set-aside range is not tried again").isEqualTo(properties.maxAttempts());
        assertThat(((Number) status().get("failedRanges")).longValue()).isEqualTo(failedBefore + 1);
        await(WAIT, "gauge", () -> metrics.get("energiemonitor.accounting.ranges.failed").gauge().value() >= 1);
        TestUsers.admin(web).get().uri("/api/v1/admin/accounting/failed-ranges").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.meterId == '" + poisoned + "')].attempts").isEqualTo(properties.maxAttempts())
                .jsonPath("$[?(@.meterId == '" + poisoned + "')].lastError").value(e -> assertThat(e.toString()).isNotBlank());
        TestUsers.analyst(web).post().uri("/api/v1/admin/accounting/failed-ranges/retry").exchange().expectStatus().isForbidden();
        TestUsers.installer(web, TestUsers.tokenFor(web, TestMeters.INSTALLER)).get()
                .uri("/api/v1/admin/accounting/failed-ranges").exchange().expectStatus().isForbidden();

        // the fix an operator would make: the absurd register values removed (there is no API for deleting readings)
        TestSql.update("delete from reading where meter_id = ? and abs(value) > 1e15", poisoned);
        TestUsers.admin(web).post().uri("/api/v1/admin/accounting/failed-ranges/retry?meter={m}", poisoned).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.retried").isEqualTo(1);
        await(WAIT, "retried range recomputed", () -> TestSql.count(
                "select count(*) from accounting_dirty where meter_id = ?", poisoned) == 0 && energy(poisoned) != null);
        assertThat(energy(poisoned)).as("10 → 11 kWh once the absurd values are gone").isCloseTo(1.0, within(1e-9));
        assertThat(((Number) status().get("failedRanges")).longValue()).isEqualTo(failedBefore);
    }

    private static Double energy(String meter) {
        return (Double) TestSql.single("select sum(energy) from energy_quarter_hour where meter_id = ?", meter);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> status() {
        return TestUsers.analyst(web).get().uri("/api/v1/accounting/status").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }
}
