package nl.heerlen.energiemonitor.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' own database on the local PostgreSQL, created afresh once per test run so tests never touch demo data.
 * Host and port come from TEST_PG_HOST / TEST_PG_PORT (default 127.0.0.1:5432, user postgres, trust auth). The name
 * (TEST_PG_DATABASE) defaults to one per checkout folder, so that two checkouts testing at once do not drop each
 * other's database.
 */
public final class TestDatabase {
    public static final String NAME = env("TEST_PG_DATABASE", "energiemonitor_test_"
            + java.nio.file.Path.of("").toAbsolutePath().getFileName().toString().toLowerCase().replaceAll("[^a-z0-9]", "_"));
    public static final String HOST = env("TEST_PG_HOST", "127.0.0.1");
    public static final String PORT = env("TEST_PG_PORT", "5432");
    public static final String USER = env("TEST_PG_USER", "postgres");
    private static boolean created;

    private TestDatabase() {
    }

    public static synchronized void ensureCreated() {
        if (created) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + NAME + " with (force)");
            s.execute("create database " + NAME);
            created = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + HOST + ":" + PORT
                    + " (is PostgreSQL running? see .ci/run)", e);
        }
    }

    /** Whether this test run created the database (and so a service context may be using it). */
    public static synchronized boolean created() {
        return created;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    public static String r2dbcUrl() {
        return "r2dbc:postgresql://" + HOST + ":" + PORT + "/" + NAME;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
