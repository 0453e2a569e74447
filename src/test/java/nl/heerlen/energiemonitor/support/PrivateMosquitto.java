package nl.heerlen.energiemonitor.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A Mosquitto of a test's own on a free port, with persistence on (as in docker/mosquitto/mosquitto.conf), that the
 * test may stop and restart. Never touches the shared broker on 1883. Close it to stop it and delete its directory.
 */
public final class PrivateMosquitto implements AutoCloseable {
    private final Path dir;
    private final int port;
    private Process process;

    public PrivateMosquitto() throws IOException {
        this(null, null);
    }

    /** With TLS on its port when a certificate and key (PEM) are given: then connect with {@link #sslUrl()}. */
    public PrivateMosquitto(Path certificate, Path key) throws IOException {
        this.dir = Files.createTempDirectory("mosquitto-");
        this.port = freePort();
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n",
                "listener " + port + " 127.0.0.1",
                "allow_anonymous true",
                "persistence true",
                "persistence_location " + dir + "/",
                "autosave_interval 60",
                "max_queued_messages 100000",
                "max_queued_bytes 268435456",
                "max_inflight_messages 1000",
                root ? "user root" : "",
                certificate == null ? "" : "certfile " + certificate,
                key == null ? "" : "keyfile " + key,
                "log_dest file " + dir.resolve("mosquitto.log"),
                "log_type error", "log_type warning", "log_type notice", ""));
        start();
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public String sslUrl() {
        return "ssl://127.0.0.1:" + port;
    }

    public synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder("mosquitto", "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!listening()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("Mosquitto did not start on port " + port + ": " + log());
            }
            sleep(50);
        }
    }

    /** SIGTERM: Mosquitto writes its persistence file (sessions and queued messages) and exits. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public synchronized void restart() throws IOException {
        stop();
        start();
    }

    public String log() {
        try {
            Path log = dir.resolve("mosquitto.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }

    private boolean listening() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
