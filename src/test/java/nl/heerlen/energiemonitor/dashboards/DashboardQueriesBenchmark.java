package nl.heerlen.energiemonitor.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.heerlen.energiemonitor.dashboards.GrafanaFiles.Dashboard;
import nl.heerlen.energiemonitor.dashboards.PanelQueries.SqlQuery;
import nl.heerlen.energiemonitor.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of {@code mvn verify}): runs every SQL query of every dashboard over a
 * range (default the year 2025, Grafana's interval for it 12h) on an existing database, as the read-only role, with
 * variables and macros expanded as in {@link DashboardQueriesIntegrationTests}, and prints each query's time: the
 * first run and the best of three more. Run (docs/benchmarks.md, benchmark 4):
 * {@code mvn -B test -Dtest=DashboardQueriesBenchmark -Dbenchmark.database=energiemonitor_bench}
 */
class DashboardQueriesBenchmark {
    private static final int REPEATS = 3;
    /** A query slower than this is reported as such instead of holding up the rest. */
    private static final String TIMEOUT = System.getProperty("benchmark.timeout", "20s");

    @Test
    void everyDashboardQueryOverTheRange() throws SQLException {
        String database = System.getProperty("benchmark.database", "energiemonitor_bench");
        Instant from = OffsetDateTime.parse(System.getProperty("benchmark.from", "2025-01-01T00:00:00+01:00")).toInstant();
        Instant to = OffsetDateTime.parse(System.getProperty("benchmark.to", "2025-12-31T23:59:59.999+01:00")).toInstant();
        GrafanaMacros macros = new GrafanaMacros(from, to, GrafanaMacros.parseInterval(System.getProperty("benchmark.interval", "12h")));
        List<String> lines = new ArrayList<>();
        long rows = 0;
        double slowest = 0;
        int over = 0;
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute("set role grafana_reader");
            s.execute("set statement_timeout = '" + TIMEOUT + "'");
            for (Dashboard dashboard : GrafanaFiles.dashboards()) {
                DashboardVariables variables = new DashboardVariables(dashboard, sql -> values(s, macros.expand(sql)));
                for (SqlQuery query : PanelQueries.sql(dashboard)) {
                    String sql = macros.expand(variables.substitute(query.sql()));
                    String line;
                    try {
                        double first = millis(s, sql);
                        double best = Double.MAX_VALUE;
                        for (int i = 0; i < REPEATS; i++) {
                            best = Math.min(best, millis(s, sql));
                        }
                        long n = count(s, sql);
                        rows += n;
                        slowest = Math.max(slowest, best);
                        over += best > 300 ? 1 : 0;
                        line = String.format("%8.1f ms first %8.1f ms best %7d rows  %s", first, best, n, query);
                    } catch (SQLException e) {
                        if (!"57014".equals(e.getSQLState())) {
                            throw e;
                        }
                        over++;
                        line = String.format("   > %s (statement timeout)              %s", TIMEOUT, query);
                    }
                    System.out.println("BENCHMARK dashboard query: " + line);
                    lines.add(line);
                }
            }
        }
        System.out.printf("%nBENCHMARK dashboards %s .. %s on %s:%n%s%nBENCHMARK dashboards: %d queries, slowest %.1f ms"
                + " (best of %d), %d over 300 ms%n%n", from, to, database, String.join("\n", lines), lines.size(), slowest,
                REPEATS, over);
        assertThat(rows).as("rows of all queries: the database has data for the range").isPositive();
    }

    private static double millis(Statement s, String sql) throws SQLException {
        long start = System.nanoTime();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static long count(Statement s, String sql) throws SQLException {
        long n = 0;
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    private static List<String> values(Statement s, String sql) {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int column = 1;
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                if (rs.getMetaData().getColumnLabel(i).equals("__value")) {
                    column = i;
                }
            }
            while (rs.next()) {
                values.add(String.valueOf(rs.getObject(column)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
        }
        return values;
    }
}
