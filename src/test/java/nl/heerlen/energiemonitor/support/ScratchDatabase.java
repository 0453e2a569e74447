package nl.heerlen.energiemonitor.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of one test class's own on the local PostgreSQL (energiemonitor_test_{folder}_{suffix}), created empty
 * (the service's Flyway migrates it) and dropped on close. For service processes that a test starts and kills.
 */
public final class ScratchDatabase implements AutoCloseable {
    private final String name;

    public ScratchDatabase(String suffix) {
        this.name = TestDatabase.NAME + "_" + suffix;
        admin("drop database if exists " + name + " with (force)");
        admin("create database " + name);
    }

    public String name() {
        return name;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/" + name;
    }

    public String jdbcUrl() {
        return TestDatabase.jdbcUrl(name);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), TestDatabase.USER, "");
    }

    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row as a double (0 for SQL null). */
    public double number(String query) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getDouble(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    @Override
    public void close() {
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl("postgres"), TestDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
