package nl.heerlen.energiemonitor.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The service as an OS process of its own (a JVM started from target/classes and the dependencies), for faults that
 * need a real process: SIGKILL, a second instance. Each has a fixed free HTTP port, so a restart comes back on it (and
 * derives the same MQTT client id). Output goes to target/faults/{name}.log.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final Map<String, String> properties;
    private final Path log;
    private Process process;
    private int starts;

    /** properties: Spring properties (spring.r2dbc.url, energiemonitor.mqtt.url, …) passed as --name=value. */
    public ServiceProcess(String name, Map<String, String> properties) throws IOException {
        this.name = name;
        this.port = freePort();
        this.properties = new LinkedHashMap<>(properties);
        this.log = Path.of("target", "faults", name + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
    }

    /** What every instance of a fault test needs: the scratch database, the private broker, nothing periodic else. */
    public static Map<String, String> against(ScratchDatabase db, PrivateMosquitto broker) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.r2dbc.url", db.r2dbcUrl());
        p.put("spring.r2dbc.username", TestDatabase.USER);
        p.put("spring.flyway.url", db.jdbcUrl());
        p.put("spring.flyway.user", TestDatabase.USER);
        p.put("energiemonitor.mqtt.url", broker.url());
        p.put("energiemonitor.bootstrap.embedded", "never");
        p.put("energiemonitor.simulator.enabled", "false");
        p.put("energiemonitor.alerts.enabled", "false");
        return p;
    }

    /** Changes a property for the next start. */
    public ServiceProcess set(String property, String value) {
        properties.put(property, value);
        return this;
    }

    public int port() {
        return port;
    }

    public synchronized ServiceProcess start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", serviceClasspath(), "nl.heerlen.energiemonitor.EnergiemonitorApplication",
                "--server.port=" + port));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        Files.writeString(log, "=== start " + (++starts) + ": " + String.join(" ", command.subList(5, command.size()))
                + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /** Waits until /actuator/health/readiness answers 200 (database and broker reachable, subscribed). */
    public ServiceProcess awaitReady(Duration timeout) {
        IntegrationTestSupport.await(timeout, name + " ready (see " + log + ")", () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log);
            }
            return status("/actuator/health/readiness") == 200;
        });
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful stop, nothing flushed or acknowledged any more. */
    public synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM: the graceful shutdown. */
    public synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** A counter or gauge from /actuator/prometheus, summed over the series whose tags contain every given tag. */
    public double metric(String prometheusName, String... tags) {
        Pattern line = Pattern.compile("^" + Pattern.quote(prometheusName) + "(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(get("/actuator/prometheus"));
        double sum = 0;
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (Arrays.stream(tags).allMatch(labels::contains)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    public String get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(name + ": GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status(String path) {
        try {
            return HTTP.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .GET().build();
    }

    /**
     * The test JVM's class path without the test classes (their components would be scanned into the service).
     * Surefire puts the real class path into java.class.path of the forked JVM.
     */
    static String serviceClasspath() {
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        String cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
        if (!cp.contains(Path.of("target", "classes").toString())) {
            throw new IllegalStateException("target/classes is not on the class path: " + cp);
        }
        return cp;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
