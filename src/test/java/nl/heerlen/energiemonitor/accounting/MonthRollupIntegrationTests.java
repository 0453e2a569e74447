package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.heerlen.energiemonitor.readings.Reading;
import nl.heerlen.energiemonitor.readings.ReadingStore;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.TimeRange;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Month rollups against their days, on seeded random register series through the real accounting: resets, implausible
 * spikes, meter exchanges registered afterwards, late readings, and both daylight-saving days of 2026. Whatever the
 * accounting rewrote, every month equals the sum of its days, and the totals and API buckets read from months equal
 * those read from days.
 */
@IntegrationTest
class MonthRollupIntegrationTests extends IntegrationTestSupport {
    private static final List<Instant[]> PERIODS = List.of(
            new Instant[] {Readings.local("2026-02-20T00:00"), Readings.local("2026-04-03T00:00")},
            new Instant[] {Readings.local("2026-10-18T05:00"), Readings.local("2026-11-04T00:00")});
    private static final String MONTHS = """
            select channel, month::text as k, energy, measured_seconds, estimated_seconds, implausible_energy, days,
                   day_seconds, data_days from energy_month where meter_id = ?""";
    private static final String DAYS = """
            select channel, date_trunc('month', day)::date::text as k, sum(energy) as energy,
                   sum(measured_seconds) as measured_seconds, sum(estimated_seconds) as estimated_seconds,
                   sum(implausible_energy) as implausible_energy, count(*)::int as days,
                   sum(extract(epoch from ((day + 1)::timestamp at time zone 'Europe/Amsterdam')
                                          - (day::timestamp at time zone 'Europe/Amsterdam')))::float8 as day_seconds,
                   (count(*) filter (where measured_seconds > 0 or estimated_seconds > 0 or energy <> 0))::int as data_days
            from energy_day where meter_id = ? group by 1, 2""";

    @Autowired
    ReadingStore store;
    @Autowired
    AccountingWorker worker;
    @Autowired
    EnergyTotals totals;
    WebTestClient web;

    @Autowired
    void loginAsAdmin(WebTestClient client) {
        this.web = TestUsers.admin(client);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 2026})
    void monthsEqualTheirDaysWhateverTheAccountingRewrote(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Channel> meters = new LinkedHashMap<>();
        meters.put(TestMeters.heatMeter(), Channel.HEAT_ENERGY);
        meters.put(TestMeters.pvInverter(40), Channel.PV_ENERGY);
        List<Reading> late = new ArrayList<>();
        List<Runnable> exchanges = new ArrayList<>();
        meters.forEach((meter, channel) -> {
            TestSql.update("insert into meter_channel_rule (meter_id, channel, reset_tolerance, max_rate_per_hour) "
                    + "values (?, ?, 0.001, 50)", meter, channel.wireName());
            List<Reading> now = new ArrayList<>();
            for (Instant[] period : PERIODS) {
                Readings.Series series = Readings.messy(random, period[0], period[1], false);
                for (RegisterReading r : series.readings()) {
                    (random.nextInt(4) == 0 ? late : now).add(new Reading(new MeterId(meter), channel, r.ts(), r.value()));
                }
                series.exchanges().forEach(x -> exchanges.add(() -> exchange(meter, channel, x)));
            }
            store.store(now).block();
        });
        String[] ids = meters.keySet().toArray(String[]::new);
        Rollups.settle(worker, ids);
        assertMonthsEqualDays(ids);

        // Exchanges registered afterwards and late readings make the accounting rewrite days inside the months.
        exchanges.forEach(Runnable::run);
        store.store(late).block();
        Rollups.settle(worker, ids);
        assertMonthsEqualDays(ids);
        assertThat(TestSql.count("select count(*) from energy_month where meter_id = any(string_to_array(?, ','))",
                String.join(",", ids))).as("months with data").isGreaterThanOrEqualTo(8);

        meters.forEach((meter, channel) -> {
            for (int i = 0; i < 20; i++) {
                LocalDate first = LocalDate.of(2026, 2, 1).plusDays(random.nextInt(300));
                LocalDate end = first.plusDays(1 + random.nextInt(i < 10 ? 40 : 300));
                assertTotalsEqualDaySums(meter, channel, first, end);
            }
            assertTotalsEqualDaySums(meter, channel, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
            assertMonthBucketsEqualSummedDays(meter, channel);
        });
    }

    private void exchange(String meter, Channel channel, MeterExchange x) {
        web.post().uri("/api/v1/meters/{id}/exchanges", meter).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("channel", channel.wireName(), "exchangedAt", AmsterdamCalendar.local(x.at()).toString(),
                        "finalReadingOld", x.finalReadingOld(), "startReadingNew", x.startReadingNew()))
                .exchange().expectStatus().isCreated();
    }

    private static void assertMonthsEqualDays(String... meters) {
        for (String meter : meters) {
            Map<String, Map<String, Object>> months = byKey(TestSql.rows(MONTHS, meter));
            Map<String, Map<String, Object>> days = byKey(TestSql.rows(DAYS, meter));
            assertThat(months.keySet()).as("months of " + meter).isEqualTo(days.keySet());
            days.forEach((key, day) -> {
                Map<String, Object> month = months.get(key);
                for (String column : List.of("energy", "measured_seconds", "estimated_seconds", "implausible_energy",
                        "day_seconds")) {
                    double expected = ((Number) day.get(column)).doubleValue();
                    assertThat(((Number) month.get(column)).doubleValue()).as(column + " of " + meter + " " + key)
                            .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
                }
                assertThat(month.get("days")).as("days of " + key).isEqualTo(day.get("days"));
                assertThat(month.get("data_days")).as("data days of " + key).isEqualTo(day.get("data_days"));
            });
        }
    }

    private void assertTotalsEqualDaySums(String meter, Channel channel, LocalDate first, LocalDate end) {
        TimeRange range = new TimeRange(AmsterdamCalendar.startOf(first), AmsterdamCalendar.startOf(end));
        MeterEnergy fromMonths = totals.perMeter(channel, range).filter(e -> e.meterId().equals(meter)).blockFirst();
        List<Map<String, Object>> fromDays = TestSql.rows("""
                select sum(energy) as energy, sum(measured_seconds) as measured, sum(estimated_seconds) as estimated
                from energy_day where meter_id = ? and channel = ? and day >= ?::date and day < ?::date having count(*) > 0""",
                meter, channel.wireName(), first.toString(), end.toString());
        if (fromDays.isEmpty()) {
            assertThat(fromMonths).as(first + ".." + end).isNull();
            return;
        }
        double seconds = range.duration().toSeconds();
        double energy = ((Number) fromDays.get(0).get("energy")).doubleValue();
        assertThat(fromMonths).as(first + ".." + end).isNotNull();
        assertThat(fromMonths.value()).as("energy " + first + ".." + end)
                .isCloseTo(energy, within(1e-9 * Math.max(1, Math.abs(energy))));
        assertThat(fromMonths.coverage()).as("coverage " + first + ".." + end).isCloseTo(
                Math.min(1.0, ((Number) fromDays.get(0).get("measured")).doubleValue() / seconds), within(1e-12));
        assertThat(fromMonths.estimatedShare()).as("estimated " + first + ".." + end).isCloseTo(
                Math.min(1.0, ((Number) fromDays.get(0).get("estimated")).doubleValue() / seconds), within(1e-12));
    }

    /** The API's month buckets (read from months) against its day buckets (read from days) summed per month. */
    private void assertMonthBucketsEqualSummedDays(String meter, Channel channel) {
        String uri = "/api/v1/meters/{id}/energy?channel={c}&from=2026-01-01&to=2027-01-01&resolution={r}";
        List<Map<String, Object>> months = buckets(uri, meter, channel, "month");
        List<Map<String, Object>> days = buckets(uri, meter, channel, "day");
        assertThat(months).hasSize(12);
        Map<String, double[]> summed = new HashMap<>();
        for (Map<String, Object> day : days) {
            double[] s = summed.computeIfAbsent(((String) day.get("start")).substring(0, 7), k -> new double[3]);
            Instant start = java.time.OffsetDateTime.parse((String) day.get("start")).toInstant();
            Instant end = java.time.OffsetDateTime.parse((String) day.get("end")).toInstant();
            s[0] += ((Number) day.get("value")).doubleValue();
            s[1] += ((Number) day.get("coverage")).doubleValue() * (end.getEpochSecond() - start.getEpochSecond());
            s[2] += Boolean.TRUE.equals(day.get("estimated")) ? 1 : 0;
        }
        for (Map<String, Object> month : months) {
            double[] s = summed.get(((String) month.get("start")).substring(0, 7));
            Instant start = java.time.OffsetDateTime.parse((String) month.get("start")).toInstant();
            Instant end = java.time.OffsetDateTime.parse((String) month.get("end")).toInstant();
            assertThat(((Number) month.get("value")).doubleValue()).as("month " + month.get("start"))
                    .isCloseTo(s[0], within(1e-9 * Math.max(1, Math.abs(s[0]))));
            assertThat(((Number) month.get("coverage")).doubleValue()).as("coverage " + month.get("start"))
                    .isCloseTo(s[1] / (end.getEpochSecond() - start.getEpochSecond()), within(1e-9));
            assertThat(month.get("estimated")).as("estimated " + month.get("start")).isEqualTo(s[2] > 0);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> buckets(String uri, String meter, Channel channel, String resolution) {
        return web.get().uri(uri, meter, channel.wireName(), resolution).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(m -> (Map<String, Object>) m).toList();
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row.get("channel") + "/" + row.get("k"), row));
        return byKey;
    }
}
