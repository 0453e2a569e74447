package nl.heerlen.energiemonitor.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL cluster of a test's own (initdb in a temp dir, free port, trust auth) that the test may stop and start;
 * never the shared one on 5432. As root the binaries run as the postgres OS user. Close it to stop it and delete it.
 */
public final class PrivatePostgres implements AutoCloseable {
    private static final String BIN = "/usr/lib/postgresql/15/bin/";
    public static final String DATABASE = "energiemonitor";

    private final Path dir;
    private final int port;

    public PrivatePostgres() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("pg-");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run("chown", "-R", "postgres", dir.toString());
        asPostgres(BIN + "initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
        start();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            c.createStatement().execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(DATABASE), "postgres", "");
    }

    public void start() throws IOException, InterruptedException {
        asPostgres(BIN + "pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
    }

    /** Fast shutdown: open connections are dropped, as in a crash of the database host's service. */
    public void stop() throws IOException, InterruptedException {
        asPostgres(BIN + "pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IOException | InterruptedException e) {
            // already stopped
        }
        try {
            run("rm", "-rf", dir.toString());
        } catch (IOException | InterruptedException e) {
            // a temp dir left behind is harmless
        }
    }

    private void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }
}
