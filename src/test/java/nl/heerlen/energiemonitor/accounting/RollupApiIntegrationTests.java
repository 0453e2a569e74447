package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.heerlen.energiemonitor.readings.Reading;
import nl.heerlen.energiemonitor.readings.ReadingStore;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Rollups through the API: quality, instantaneous channels, groups, and order-independence on the database. */
@IntegrationTest
class RollupApiIntegrationTests extends IntegrationTestSupport {
    @Autowired
    ReadingStore store;
    @Autowired
    AccountingWorker worker;
    WebTestClient web;

    @Autowired
    void loginAsAdmin(WebTestClient client) {
        this.web = TestUsers.admin(client);
    }

    @Test
    void anImplausibleIntervalIsExcludedFromTotalsAndListed() {
        String meter = TestMeters.pvInverter(10);
        store(meter, Channel.PV_ENERGY, List.of(0.0, 1.0, 101.0, 102.0), "2026-06-01T10:00:00Z");
        settle(meter);

        web.get().uri("/api/v1/meters/{id}/energy?channel=pv_energy&from=2026-06-01&to=2026-06-02&resolution=day", meter)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].value").isEqualTo(2.0)
                .jsonPath("$[0].coverage").value(c -> assertThat(((Number) c).doubleValue()).isCloseTo(1800.0 / 86400, within(1e-9)));
        web.get().uri("/api/v1/data-quality/implausible?from=2026-06-01&to=2026-06-02").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.meterId == '" + meter + "')].energy").isEqualTo(100.0)
                .jsonPath("$[?(@.meterId == '" + meter + "')].start").isEqualTo("2026-06-01T12:15+02:00");
    }

    @Test
    void instantaneousChannelsGetAverageMinimumAndMaximumPerBucket() {
        String meter = TestMeters.heatMeter();
        store(meter, Channel.SUPPLY_TEMP, List.of(20.0, 30.0, 40.0, 30.0), "2026-06-01T10:00:00Z");
        settle(meter);

        web.get().uri("/api/v1/meters/{id}/measurements?channel=supply_temp&from=2026-06-01&to=2026-06-02&resolution=hour", meter)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].start").isEqualTo("2026-06-01T12:00+02:00")
                .jsonPath("$[0].avg").isEqualTo(30.0)
                .jsonPath("$[0].min").isEqualTo(20.0)
                .jsonPath("$[0].max").isEqualTo(40.0)
                .jsonPath("$[0].samples").isEqualTo(4);
    }

    @Test
    void aGroupSumsItsMetersAndAveragesTheirCoverage() {
        String site = TestMeters.site();
        String a = TestMeters.onSite(site, "heat_meter", null);
        String b = TestMeters.onSite(site, "heat_meter", null);
        store(a, Channel.HEAT_ENERGY, List.of(0.0, 1.0, 2.0, 3.0, 4.0), "2026-06-01T10:00:00Z");
        store(b, Channel.HEAT_ENERGY, List.of(0.0, 2.0, 4.0), "2026-06-01T10:00:00Z");
        settle(a, b);

        for (String filter : new String[] {"site=" + site, "measure=" + site}) {
            web.get().uri("/api/v1/energy?" + filter + "&channel=heat_energy&from=2026-06-01&to=2026-06-02&resolution=hour")
                    .exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.length()").isEqualTo(24)
                    .jsonPath("$[12].start").isEqualTo("2026-06-01T12:00+02:00")
                    .jsonPath("$[12].value").isEqualTo(8.0)
                    .jsonPath("$[12].coverage").isEqualTo(0.75)
                    .jsonPath("$[13].value").isEqualTo(0.0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void shuffledDuplicatedAndSplitDeliveryGivesTheSameRollupsAsOneOrderedBatch(long seed) {
        Random random = new Random(seed);
        String ordered = TestMeters.heatMeter();
        String messy = TestMeters.heatMeter();
        List<Double> registers = new ArrayList<>();
        double register = 100;
        for (int i = 0; i < 300; i++) {
            register += random.nextInt(10) == 0 ? 0 : random.nextDouble() * 3;
            registers.add(register);
        }
        store(ordered, Channel.HEAT_ENERGY, registers, "2026-03-28T20:00:00Z");
        List<Reading> deliveries = readings(messy, Channel.HEAT_ENERGY, registers, "2026-03-28T20:00:00Z");
        deliveries.addAll(deliveries.subList(0, 120));
        Collections.shuffle(deliveries, random);
        for (int i = 0; i < deliveries.size(); ) {
            int size = 1 + random.nextInt(40);
            store.store(deliveries.subList(i, Math.min(deliveries.size(), i + size))).block();
            i += size;
        }
        settle(ordered, messy);

        String rows = "select bucket_start, round(energy::numeric, 9) as e, measured_seconds from energy_quarter_hour where meter_id = ? order by 1";
        assertThat(TestSql.rows(rows, messy)).as("seed %d", seed).isEqualTo(TestSql.rows(rows, ordered));
        String days = "select day, round(energy::numeric, 9) as e from energy_day where meter_id = ? order by 1";
        assertThat(TestSql.rows(days, messy)).as("seed %d", seed).isEqualTo(TestSql.rows(days, ordered));
    }

    @Test
    void theStatusSaysHowFarBehindTheRollupsAre() {
        // The queue is shared with every other test class: wait for the background worker to empty it.
        IntegrationTestSupport.await(Duration.ofSeconds(120), "accounting queue empty", () -> {
            worker.drain().block();
            return TestSql.count("select count(*) from accounting_dirty") == 0;
        });
        web.get().uri("/api/v1/accounting/status").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.pendingRanges").isEqualTo(0)
                .jsonPath("$.lagSeconds").isEqualTo(0.0);
    }

    /** Readings every 5 minutes (irregular gaps would not change the point) starting at {@code start}. */
    private static List<Reading> readings(String meter, Channel channel, List<Double> values, String start) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            readings.add(new Reading(new MeterId(meter), channel, Instant.parse(start).plusSeconds(300L * i * 3), values.get(i)));
        }
        return readings;
    }

    private void store(String meter, Channel channel, List<Double> values, String start) {
        store.store(readings(meter, channel, values, start)).block();
    }

    private void settle(String... meters) {
        Rollups.settle(worker, meters);
    }
}
