package nl.heerlen.energiemonitor.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.heerlen.energiemonitor.dashboards.GrafanaFiles.Dashboard;
import nl.heerlen.energiemonitor.dashboards.PanelQueries.SqlQuery;
import nl.heerlen.energiemonitor.dashboards.ReaderSql.Column;
import nl.heerlen.energiemonitor.dashboards.ReaderSql.Result;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SQL query of every dashboard, with Grafana's variables and macros expanded as Grafana would, runs as the
 * read-only role on the migrated test database with data, over a week (daily rollups) and over a day (quarter hours),
 * and returns what its panel needs. Alert evaluation is off in tests, so the crafted alerts stay put.
 */
@IntegrationTest
class DashboardQueriesIntegrationTests extends IntegrationTestSupport {
    // The end as Grafana sends "now/d" of the last day: the last millisecond of the day, Europe/Amsterdam.
    private static final Instant TO = OffsetDateTime.parse("2030-06-07T23:59:59.999+02:00").toInstant();
    private static final Instant WEEK = OffsetDateTime.parse("2030-06-01T00:00:00+02:00").toInstant();
    private static final Instant DAY = OffsetDateTime.parse("2030-06-07T00:00:00+02:00").toInstant();
    private static final Instant YEAR = OffsetDateTime.parse("2030-01-01T00:00:00+01:00").toInstant();

    @TestFactory
    Stream<DynamicTest> everyPanelQueryRunsAndReturnsThePanelsColumns() {
        DashboardFixture.insertOnce();
        List<DynamicTest> tests = new ArrayList<>();
        for (Dashboard dashboard : GrafanaFiles.dashboards()) {
            DashboardVariables variables = new DashboardVariables(dashboard,
                    sql -> ReaderSql.values(new GrafanaMacros(WEEK, TO, Duration.ofHours(1)).expand(sql)));
            for (SqlQuery query : PanelQueries.sql(dashboard)) {
                tests.add(DynamicTest.dynamicTest(query.toString(), () -> check(query, variables)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    /**
     * Long ranges read energy_day and energy_month: every panel query that does must reach their rows through an index
     * on `day` or `month` (a filter on the computed day_start could not), shown by the plan with sequential scans
     * switched off, over a year and over a week.
     */
    @TestFactory
    Stream<DynamicTest> panelsReadingDailyRollupsFilterThemByAnIndexedDay() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Dashboard dashboard : GrafanaFiles.dashboards()) {
            DashboardVariables variables = new DashboardVariables(dashboard,
                    sql -> ReaderSql.values(new GrafanaMacros(YEAR, TO, Duration.ofHours(1)).expand(sql)));
            for (SqlQuery query : PanelQueries.sql(dashboard)) {
                if (query.sql().contains("energy_day") || query.sql().contains("energy_series(")
                        || query.sql().contains("energy_span(") || query.sql().contains("energy_month")) {
                    tests.add(DynamicTest.dynamicTest(query.toString(), () -> {
                        // A panel may read months in a function beyond 92 days (its plan is not shown), days below.
                        List<EnergyDayScans.Scan> scans = new ArrayList<>();
                        for (Instant from : List.of(YEAR, WEEK)) {
                            String sql = new GrafanaMacros(from, TO, Duration.ofHours(1)).expand(variables.substitute(query.sql()));
                            scans.addAll(EnergyDayScans.of(ReaderSql.planWithoutSeqScans(sql)));
                        }
                        assertThat(scans).as("scans of energy_day and energy_month in " + query).isNotEmpty()
                                .allSatisfy(scan -> assertThat(scan.usesDayIndex()).as(scan + " in " + query).isTrue());
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(5);
        return tests.stream();
    }

    /** The KPI panels show the targets of the klimaatbegroting's measures table, not numbers in the dashboard. */
    @Test
    void kpiTargetsComeFromTheMeasuresTable() {
        Dashboard palet = GrafanaFiles.dashboards().stream().filter(d -> d.title().equals("PALET-voortgang")).findFirst().orElseThrow();
        assertThat(palet.variables()).noneSatisfy(v -> assertThat(v.path("type").asString()).isIn("textbox", "constant"));
        Map<String, String> metricOfPanel = Map.of("Zonnepanelen centrum in productie", "pv_panels",
                "Aardgasvrije woningen", "homes_off_gas", "Schooldaken met zonnepanelen", "pv_roofs",
                "Mijnwater-aansluitingen", "connections");
        DashboardVariables variables = new DashboardVariables(palet, sql -> List.of());
        metricOfPanel.forEach((title, metric) -> {
            SqlQuery query = PanelQueries.sql(palet).stream().filter(q -> q.panel().equals(title)).findFirst().orElseThrow();
            Result result = ReaderSql.query(new GrafanaMacros(WEEK, TO, Duration.ofHours(1)).expand(variables.substitute(query.sql())));
            int doel = result.columns().stream().map(Column::label).toList().indexOf("Doel");
            assertThat(doel).as("column Doel of " + title).isNotNegative();
            Object target = TestSql.single("select kpi_target from measure where kpi_metric = ? order by code limit 1", metric);
            assertThat(result.rows()).as(title).hasSize(1);
            assertThat(result.rows().get(0).get(doel)).as("target of " + title).isEqualTo(target);
        });
    }

    @Test
    void theReaderRoleSeesOnlyTheGrafanaSchema() {
        assertThatThrownBy(() -> ReaderSql.query("select count(*) from public.reading"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> ReaderSql.query("select raw_payload from public.rejected_reading"))
                .hasMessageContaining("permission denied");
        assertThat(ReaderSql.query("select count(*) from grafana.energy_day").rows()).hasSize(1);
    }

    private static void check(SqlQuery query, DashboardVariables variables) {
        String substituted = variables.substitute(query.sql());
        int rows = 0;
        for (Instant from : List.of(WEEK, DAY)) {
            String sql = new GrafanaMacros(from, TO, Duration.ofHours(1)).expand(substituted);
            assertThat(DashboardVariables.leftovers(sql)).as("unsubstituted variables in " + query).isEmpty();
            assertThat(sql).doesNotContain("$__");
            Result result = ReaderSql.query(sql);
            if (query.format().equals("time_series")) {
                checkTimeSeries(query, result);
            } else {
                checkTable(query, result);
            }
            rows += result.rows().size();
        }
        assertThat(rows).as("rows of " + query + " with the fixture's data").isPositive();
    }

    /** Grafana's time series: a "time" column first, at most a text "metric" column, numeric values, sorted by time. */
    private static void checkTimeSeries(SqlQuery query, Result result) {
        List<Column> columns = result.columns();
        assertThat(columns.get(0).label()).as("first column of " + query).isEqualTo("time");
        assertThat(columns.get(0).time() || columns.get(0).numeric()).as("time column type of " + query).isTrue();
        List<Column> values = columns.subList(1, columns.size()).stream().filter(c -> !c.label().equals("metric")).toList();
        assertThat(values).as("value columns of " + query).isNotEmpty().allSatisfy(c -> assertThat(c.numeric())
                .as(c.label() + " numeric in " + query).isTrue());
        columns.stream().filter(c -> c.label().equals("metric"))
                .forEach(c -> assertThat(c.text()).as("metric is text in " + query).isTrue());
        List<Double> times = result.rows().stream().map(r -> epoch(r.get(0))).toList();
        assertThat(times).as("time order of " + query).isSorted();
    }

    /** Tables show what they get; stat panels need a number. */
    private static void checkTable(SqlQuery query, Result result) {
        assertThat(result.columns()).isNotEmpty();
        if (query.panelType().matches("stat|gauge|bargauge")) {
            assertThat(result.columns()).as("numbers for " + query).anySatisfy(c -> assertThat(c.numeric()).isTrue());
        }
    }

    private static double epoch(Object value) {
        return value instanceof Timestamp t ? t.getTime() / 1000.0 : ((Number) value).doubleValue();
    }
}
