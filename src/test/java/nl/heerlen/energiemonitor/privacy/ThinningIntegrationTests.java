package nl.heerlen.energiemonitor.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Raw household readings older than 13 months are thinned to the daily rollups; the day totals stay exact. */
@IntegrationTest
class ThinningIntegrationTests extends IntegrationTestSupport {
    @Autowired
    WebTestClient anonymous;

    @Test
    void thinningKeepsDayTotalsExactAndLeavesOtherSitesAlone() {
        LocalDate first = oldDay();
        String home = TestMeters.onSite(Homes.home("t-thin"), "heat_meter", null);
        String school = TestMeters.onSite(TestMeters.site(), "heat_meter", null);
        for (String meter : List.of(home, school)) {
            registers(meter, first, 3);
        }
        await(Duration.ofSeconds(30), "rollups of both meters", () -> TestSql.count(
                "select count(*) from energy_day where meter_id in (?, ?) and channel = 'heat_energy'", home, school) >= 6
                && TestSql.count("select count(*) from accounting_dirty where meter_id in (?, ?)", home, school) == 0);
        List<Map<String, Object>> before = days(home);
        long schoolReadings = TestSql.count("select count(*) from reading where meter_id = ?", school);

        TestUsers.admin(anonymous).post().uri("/api/v1/admin/privacy/thinning").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.readings").value(n -> assertThat(((Number) n).longValue()).isPositive());

        assertThat(days(home)).isEqualTo(before);
        assertThat(before).extracting(d -> d.get("energy")).contains(96.0, 96.0);
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", home))
                .as("the first (midnight) register reading of each day stays").isEqualTo(4);
        assertThat(TestSql.count("select count(*) from energy_quarter_hour where meter_id = ?", home)).isZero();
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", school)).isEqualTo(schoolReadings);
        TestUsers.admin(anonymous).get().uri("/api/v1/meters/" + home + "/energy?channel=heat_energy&resolution=day&from="
                        + first + "&to=" + first.plusDays(2)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].value").isEqualTo(96.0).jsonPath("$[1].value").isEqualTo(96.0);

        // A late change makes the accounting recompute the thinned days from the midnight readings: totals stay.
        TestSql.update("insert into accounting_dirty (meter_id, channel, from_ts, to_ts) values (?, 'heat_energy', ?, ?)",
                home, AmsterdamCalendar.local(AmsterdamCalendar.startOf(first)),
                AmsterdamCalendar.local(AmsterdamCalendar.startOf(first.plusDays(3))));
        await(Duration.ofSeconds(30), "recomputation", () -> TestSql.count(
                "select count(*) from accounting_dirty where meter_id = ?", home) == 0);
        assertThat(days(home)).extracting(d -> d.get("day") + "=" + d.get("energy"))
                .containsExactlyElementsOf(before.stream().map(d -> d.get("day") + "=" + d.get("energy")).toList());
    }

    @Test
    void aLateReadingForAThinnedDayIsRolledUpWithTheDayAndThenThinnedAgain() {
        LocalDate first = oldDay().plusDays(5);
        String home = TestMeters.onSite(Homes.home("t-thin"), "heat_meter", null);
        registers(home, first, 2);
        await(Duration.ofSeconds(30), "rollups", () -> settled(home)
                && TestSql.count("select count(*) from energy_day where meter_id = ?", home) >= 2);
        thin();
        List<String> before = totals(home);
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", home)).isEqualTo(3);

        // Late data arrives for the thinned first day, stored the way the ingest stores it: a register reading at
        // 12:07, a temperature, and a conflicting value for the kept midnight reading.
        OffsetDateTime late = AmsterdamCalendar.local(AmsterdamCalendar.startOf(first)).plusHours(12).plusMinutes(7);
        TestSql.update("insert into reading (meter_id, channel, ts, value) values (?, 'heat_energy', ?, 48.47), "
                + "(?, 'supply_temp', ?, 41.5)", home, late, home, late);
        TestSql.update("insert into accounting_dirty (meter_id, channel, from_ts, to_ts) values (?, 'heat_energy', ?, ?), "
                + "(?, 'supply_temp', ?, ?)", home, late, late, home, late, late);
        TestSql.update("insert into reading_conflict (meter_id, channel, ts, stored_value, rejected_value) "
                + "values (?, 'heat_energy', ?, 0, 3)", home, AmsterdamCalendar.local(AmsterdamCalendar.startOf(first)));
        TestSql.update("insert into rejected_reading (source, meter_id, reason, detail, raw_payload, received_at) "
                + "values ('mqtt', ?, 'invalid', 'value -1', '{\"v\":-1}', ?)", home, late);
        await(Duration.ofSeconds(30), "recomputation with the late reading", () -> settled(home)
                && TestSql.count("select count(*) from energy_quarter_hour where meter_id = ?", home) > 0);
        assertThat(totals(home)).as("recomputed with the late reading, the day total is unchanged").isEqualTo(before);

        thin();

        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", home))
                .as("only the midnight readings again").isEqualTo(3);
        assertThat(TestSql.count("select count(*) from energy_quarter_hour where meter_id = ?", home)).isZero();
        assertThat(TestSql.count("select count(*) from measurement_quarter_hour where meter_id = ?", home)).isZero();
        assertThat(TestSql.count("select count(*) from reading_conflict where meter_id = ?", home)).isZero();
        assertThat(TestSql.count("select count(*) from rejected_reading where meter_id = ? and raw_payload is null "
                + "and detail is null", home)).isEqualTo(1);
        assertThat(totals(home)).isEqualTo(before);
    }

    private void thin() {
        TestUsers.admin(anonymous).post().uri("/api/v1/admin/privacy/thinning").exchange().expectStatus().isOk();
    }

    private static boolean settled(String meter) {
        return TestSql.count("select count(*) from accounting_dirty where meter_id = ?", meter) == 0;
    }

    /** A day about 14 months ago, away from the daylight-saving changes. */
    private static LocalDate oldDay() {
        LocalDate day = LocalDate.now(AmsterdamCalendar.ZONE).minusMonths(14).withDayOfMonth(10);
        return day.getMonth() == Month.MARCH || day.getMonth() == Month.OCTOBER ? day.minusMonths(1) : day;
    }

    /** A register rising 1 kWh per quarter hour from the start of the first day, for the given number of days. */
    private static void registers(String meter, LocalDate first, int days) {
        OffsetDateTime start = AmsterdamCalendar.local(AmsterdamCalendar.startOf(first));
        int quarters = days * 96;
        TestSql.update("""
                insert into reading (meter_id, channel, ts, value)
                select ?, 'heat_energy', ? + q * interval '15 minutes', q from generate_series(0, ?) q""",
                meter, start, quarters);
        TestSql.update("insert into accounting_dirty (meter_id, channel, from_ts, to_ts) values (?, 'heat_energy', ?, ?)",
                meter, start, start.plusMinutes(15L * quarters));
    }

    /** The day totals, to a millionth of a kWh: a day recomputed from other intervals sums its quarter hours anew. */
    private static List<String> totals(String meter) {
        return days(meter).stream().map(d -> d.get("day") + "=" + String.format(java.util.Locale.ROOT, "%.6f",
                ((Number) d.get("energy")).doubleValue())).toList();
    }

    private static List<Map<String, Object>> days(String meter) {
        return TestSql.rows("select day, energy, measured_seconds, estimated_seconds from energy_day "
                + "where meter_id = ? and channel = 'heat_energy' order by day", meter);
    }
}
