package nl.heerlen.energiemonitor.dashboards;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.heerlen.energiemonitor.support.TestDatabase;

/** Runs SQL on the test database as Grafana does: as the read-only role grafana_reader. */
final class ReaderSql {
    private static final Set<Integer> NUMERIC = Set.of(Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT,
            Types.REAL, Types.BIGINT, Types.INTEGER, Types.SMALLINT);
    private static final Set<Integer> TIME = Set.of(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);

    /** A result: its columns and rows. */
    record Result(List<Column> columns, List<List<Object>> rows) {
    }

    /** A result column with what kind of value it holds. */
    record Column(String label, boolean numeric, boolean time, boolean text) {
    }

    private ReaderSql() {
    }

    static Result query(String sql) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(TestDatabase.NAME), TestDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute("set role grafana_reader");
            try (ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Column> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    int type = meta.getColumnType(i);
                    columns.add(new Column(meta.getColumnLabel(i), NUMERIC.contains(type), TIME.contains(type),
                            type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
                return new Result(columns, rows);
            }
        } catch (SQLException e) {
            throw new AssertionError(e.getMessage() + "\n--- query ---\n" + sql, e);
        }
    }

    /** The plan of a query as the reader role, with sequential scans made as expensive as PostgreSQL can. */
    static String planWithoutSeqScans(String sql) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(TestDatabase.NAME), TestDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute("set role grafana_reader");
            s.execute("set enable_seqscan = off");
            try (ResultSet rs = s.executeQuery("explain (format json) " + sql)) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e.getMessage() + "\n--- query ---\n" + sql, e);
        }
    }

    static List<String> values(String sql) {
        Result result = query(sql);
        int index = 0;
        for (int i = 0; i < result.columns().size(); i++) {
            if (result.columns().get(i).label().equals("__value")) {
                index = i;
            }
        }
        int column = index;
        return result.rows().stream().map(r -> String.valueOf(r.get(column))).toList();
    }
}
