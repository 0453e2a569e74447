package nl.heerlen.energiemonitor.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.dashboards.GrafanaFiles.Dashboard;
import nl.heerlen.energiemonitor.dashboards.PanelQueries.SqlQuery;
import nl.heerlen.energiemonitor.dashboards.ReaderSql.Result;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;

/**
 * The panels that show months over long ranges (V73) give the sums their day queries give for the same days: coverage
 * per group and month (with meters that came or went inside a month, days before commissioning, partial months at the
 * range's edges and a daylight-saving change), the cumulative line per measure, and the PALET path's yearly sums.
 */
@IntegrationTest
class DashboardMonthPanelsIntegrationTests extends IntegrationTestSupport {
    private static final LocalDate DATA_FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate DATA_TO = LocalDate.of(2019, 5, 1);
    /** The coverage of every group and month from days, as the panel's day query counts it. */
    private static final String COVERAGE_BY_DAY = """
            with days as (select g::date as day from generate_series('%s'::date, '%s'::date - 1, interval '1 day') g)
            select date_trunc('month', days.day)::date as month, m.group_name, coalesce(sum(e.measured_seconds), 0) as measured,
                   sum(greatest(0, extract(epoch from least((days.day + 1)::timestamp at time zone 'Europe/Amsterdam', now())
                                                    - (days.day::timestamp at time zone 'Europe/Amsterdam')))) as service
            from days join grafana.meter_info m
              on (m.commissioned_on is null or m.commissioned_on <= days.day) and (m.decommissioned_on is null or m.decommissioned_on > days.day)
            left join grafana.energy_day e on e.meter_id = m.meter_id and e.channel = m.primary_channel and e.day = days.day
            group by 1, 2""";
    /** grafana.renewable_kwh as V72 defined it (from the views, in service up to now), for the year %1$d. */
    private static final String RENEWABLE_V72 = """
            with span as (
                select make_date(%1$d, 1, 1)::timestamp at time zone 'Europe/Amsterdam' as year_start,
                       least(now(), make_date(%1$d + 1, 1, 1)::timestamp at time zone 'Europe/Amsterdam') as until
            ), fleet as (
                select m.meter_id, m.kind, m.site_kind
                from grafana.meter_info m cross join span
                where m.site_kind in ('school', 'centre_building', 'mijnwater_building')
                  and greatest(coalesce(m.commissioned_on::timestamp at time zone 'Europe/Amsterdam', span.year_start), span.year_start)
                    < least(coalesce(m.decommissioned_on::timestamp at time zone 'Europe/Amsterdam', span.until), span.until)
            ), energy as (
                select sum(e.energy) filter (where e.channel = 'pv_energy' and f.kind in ('pv_inverter', 'pv_optimizer')
                                               and f.site_kind in ('school', 'centre_building')) as pv_kwh,
                       sum(e.energy) filter (where e.channel = 'heat_energy' and f.site_kind = 'mijnwater_building') as heat_kwh,
                       sum(e.energy) filter (where e.channel = 'electricity_import' and f.kind = 'electricity_meter'
                                               and f.site_kind = 'mijnwater_building') as heat_pump_kwh
                from fleet f join grafana.energy_month e on e.meter_id = f.meter_id
                where e.channel in ('pv_energy', 'heat_energy', 'cold_energy', 'electricity_import')
                  and e.month >= make_date(%1$d, 1, 1) and e.month < make_date(%1$d + 1, 1, 1)
            )
            select coalesce(pv_kwh, 0) + greatest(0, coalesce(heat_kwh, 0) - coalesce(heat_pump_kwh, 0)) from energy""";

    private static boolean inserted;

    @Test
    void coverageByMonthEqualsTheDaysOfEachMonth() {
        insertOnce();
        for (LocalDate[] range : List.of(new LocalDate[] {DATA_FROM, DATA_TO},
                new LocalDate[] {LocalDate.of(2019, 1, 15), LocalDate.of(2019, 4, 10)},
                new LocalDate[] {LocalDate.of(2019, 2, 3), LocalDate.of(2019, 2, 20)})) {
            Map<String, double[]> byDay = coverage(ReaderSql.query(COVERAGE_BY_DAY.formatted(range[0], range[1])));
            Map<String, double[]> byMonth = coverage(ReaderSql.query("""
                    select (month_start at time zone 'Europe/Amsterdam')::date, group_name, measured_seconds, service_seconds
                    from grafana.coverage_by_month('%s', '%s')""".formatted(range[0], range[1])));
            assertThat(byMonth.keySet()).as("months and groups of " + range[0] + ".." + range[1]).isEqualTo(byDay.keySet());
            byDay.forEach((key, expected) -> {
                assertThat(byMonth.get(key)[0]).as("measured seconds " + key).isCloseTo(expected[0], within(1e-6));
                assertThat(byMonth.get(key)[1]).as("in-service seconds " + key).isCloseTo(expected[1], within(1e-6));
            });
            assertThat(byDay).as("this test's meters").containsKey(range[0].withDayOfMonth(1) + " pv_inverter");
        }
    }

    @Test
    void coveragePanelShowsMonthPointsBeyond92Days() {
        insertOnce();
        Map<String, double[]> byDay = coverage(ReaderSql.query(COVERAGE_BY_DAY.formatted(DATA_FROM, DATA_TO)));
        Result panel = panel("Datakwaliteit", "Dekking per groep", AmsterdamCalendar.startOf(DATA_FROM),
                AmsterdamCalendar.startOf(DATA_TO).minusMillis(1));
        List<List<Object>> mine = panel.rows().stream().filter(r -> r.get(1).equals("pv_inverter")).toList();
        assertThat(mine).hasSize(4);
        for (List<Object> row : mine) {
            LocalDate month = ((Timestamp) row.get(0)).toInstant().atZone(AmsterdamCalendar.ZONE).toLocalDate();
            assertThat(month.getDayOfMonth()).isEqualTo(1);
            double[] expected = byDay.get(month + " pv_inverter");
            assertThat(((Number) row.get(2)).doubleValue()).as("coverage % of " + month)
                    .isCloseTo(100 * expected[0] / expected[1], within(1e-9));
        }
    }

    @Test
    void cumulativePerMeasureEndsAtTheRangesTotalWithMonthPoints() {
        DashboardFixture.insertOnce();
        Instant from = AmsterdamCalendar.startOf(LocalDate.of(2030, 1, 1));
        Instant to = AmsterdamCalendar.startOf(LocalDate.of(2031, 1, 1)).minusMillis(1);
        Result panel = panel("PALET-voortgang", "Cumulatief per maatregel", from, to);
        Map<String, Double> last = new HashMap<>();
        for (List<Object> row : panel.rows()) {
            LocalDate day = ((Timestamp) row.get(0)).toInstant().atZone(AmsterdamCalendar.ZONE).toLocalDate();
            assertThat(day.getDayOfMonth()).as("a point per month: " + row).isEqualTo(1);
            last.put((String) row.get(1), ((Number) row.get(2)).doubleValue());
        }
        List<Map<String, Object>> totals = TestSql.rows("""
                select 'Maatregel ' || m.measure_code as metric, sum(e.energy) as kwh
                from grafana.energy_day e join grafana.measure_meter m using (meter_id)
                where e.channel in ('pv_energy', 'heat_energy', 'cold_energy') and e.day >= '2030-01-01' and e.day < '2031-01-01'
                group by 1""");
        assertThat(totals).isNotEmpty();
        for (Map<String, Object> total : totals) {
            assertThat(last.get((String) total.get("metric"))).as("last point of " + total.get("metric"))
                    .isCloseTo(((Number) total.get("kwh")).doubleValue(), within(1e-6));
        }
        assertThat(last).containsKey("Zon verwacht (norm)");
    }

    @Test
    void renewableByYearEqualsEachYearsSum() {
        insertOnce();
        DashboardFixture.insertOnce();
        Result years = ReaderSql.query("select year, kwh from grafana.renewable_kwh_by_year(2017, 2031) order by year");
        assertThat(years.rows()).hasSize(15);
        for (List<Object> row : years.rows()) {
            int year = ((Number) row.get(0)).intValue();
            double expected = ((Number) ReaderSql.query(RENEWABLE_V72.formatted(year)).rows().get(0).get(0)).doubleValue();
            assertThat(((Number) row.get(1)).doubleValue()).as("renewable kWh " + year).isCloseTo(expected, within(1e-6));
        }
        assertThat(((Number) years.rows().get(2).get(1)).doubleValue()).as("2019 has this test's school roof").isPositive();
    }

    private static Result panel(String dashboardTitle, String title, Instant from, Instant to) {
        Dashboard dashboard = GrafanaFiles.dashboards().stream().filter(d -> d.title().equals(dashboardTitle)).findFirst().orElseThrow();
        GrafanaMacros macros = new GrafanaMacros(from, to, Duration.ofHours(12));
        DashboardVariables variables = new DashboardVariables(dashboard, sql -> ReaderSql.values(macros.expand(sql)));
        SqlQuery query = PanelQueries.sql(dashboard).stream().filter(q -> q.panel().equals(title)).findFirst().orElseThrow();
        return ReaderSql.query(macros.expand(variables.substitute(query.sql())));
    }

    private static Map<String, double[]> coverage(Result result) {
        Map<String, double[]> byKey = new HashMap<>();
        for (List<Object> row : result.rows()) {
            byKey.put(row.get(0) + " " + row.get(1),
                    new double[] {((Number) row.get(2)).doubleValue(), ((Number) row.get(3)).doubleValue()});
        }
        return byKey;
    }

    /**
     * Three PV inverters: on a school roof of their own for these months only (decommissioned on 1 May 2019, so other
     * tests' years do not see it), and two without a site, commissioned on 10 February and decommissioned on 20 March.
     */
    private static synchronized void insertOnce() {
        if (inserted) {
            return;
        }
        String always = TestMeters.onSite(TestMeters.site(), "pv_inverter", 5.0);
        String came = TestMeters.register("pv_inverter", 5.0);
        String went = TestMeters.register("pv_inverter", 5.0);
        TestSql.update("update meter set commissioned_on = '2019-02-10' where id = ?", came);
        TestSql.update("update meter set decommissioned_on = '2019-03-20' where id = ?", went);
        TestSql.update("update meter set decommissioned_on = ? where id = ?", DATA_TO, always);
        for (LocalDate day = DATA_FROM; day.isBefore(DATA_TO); day = day.plusDays(1)) {
            double length = Duration.between(AmsterdamCalendar.startOf(day), AmsterdamCalendar.startOf(day.plusDays(1))).toSeconds();
            for (String meter : List.of(always, came, went)) {
                // Days before commissioning and after decommissioning have data too: they must not count.
                double measured = length * (1 + Math.floorMod(day.getDayOfMonth() + meter.hashCode(), 4)) / 4.0;
                TestSql.update("""
                        insert into energy_day (meter_id, channel, day, day_start, energy, measured_seconds, estimated_seconds)
                        values (?, 'pv_energy', ?, ?, 10, ?, ?)""", meter, day,
                        AmsterdamCalendar.local(AmsterdamCalendar.startOf(day)), measured, length - measured);
            }
        }
        inserted = true;
    }
}
