package nl.heerlen.energiemonitor.brokeracl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Mosquitto process of its own, on a free port of 127.0.0.1, run with a copy of the shipped
 * docker/mosquitto/mosquitto.conf in which only the machine-specific lines are changed (port, file locations, the
 * user to run as); the ACL file is the shipped one, the password file is made by the shipped make-passwords.sh.
 */
final class PrivateMosquitto implements AutoCloseable {

    static final Path BROKER = Path.of("/usr/sbin/mosquitto");
    static final Path PASSWD = Path.of("/usr/bin/mosquitto_passwd");
    static final Path SHIPPED = Path.of("docker", "mosquitto");

    private final Process process;
    private final int port;
    private final Path log;

    private PrivateMosquitto(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Whether this machine has the broker and mosquitto_passwd (the mosquitto package). */
    static boolean installed() {
        return Files.isExecutable(BROKER) && Files.isExecutable(PASSWD);
    }

    /** Creates the password file with the shipped script; the environment names users and passwords. */
    static Path makePasswords(Path dir, Map<String, String> environment) throws IOException, InterruptedException {
        Path auth = Files.createDirectories(dir.resolve("auth"));
        ProcessBuilder script = new ProcessBuilder("sh", SHIPPED.resolve("make-passwords.sh").toString(), auth.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("make-passwords.log").toFile());
        script.environment().keySet().removeIf(name -> name.startsWith("MQTT_"));
        script.environment().putAll(environment);
        int exit = script.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("make-passwords.sh failed (" + exit + "): "
                    + Files.readString(dir.resolve("make-passwords.log")));
        }
        return auth.resolve("passwords");
    }

    /** Starts the broker with the shipped configuration and ACL and the given password file. */
    static PrivateMosquitto start(Path dir, Path passwords) throws IOException, InterruptedException {
        int port = freePort();
        Path acl = Files.copy(SHIPPED.resolve("acl"), dir.resolve("acl"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = dir.resolve("mosquitto.conf");
        Files.write(config, testConfig(port, passwords, acl, data), StandardCharsets.UTF_8);
        Path log = dir.resolve("mosquitto.log");
        Process process = new ProcessBuilder(BROKER.toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrivateMosquitto broker = new PrivateMosquitto(process, port, log);
        broker.awaitListening(Duration.ofSeconds(10));
        return broker;
    }

    /** The shipped configuration, line by line, with the local listener and files of this test. */
    static List<String> testConfig(int port, Path passwords, Path acl, Path data) throws IOException {
        Stream<String> lines = Files.readAllLines(SHIPPED.resolve("mosquitto.conf"), StandardCharsets.UTF_8).stream()
                .map(line -> {
                    String key = line.split("\\s+", 2)[0];
                    return switch (key) {
                        case "listener" -> "listener " + port + " 127.0.0.1";
                        case "password_file" -> "password_file " + passwords;
                        case "acl_file" -> "acl_file " + acl;
                        case "persistence_location" -> "persistence_location " + data + "/";
                        default -> line;
                    };
                });
        // Started as root, Mosquitto would switch to the user `mosquitto`, which may not read this test's files.
        return Stream.concat(lines, Stream.of("user " + System.getProperty("user.name"), "log_type all")).toList();
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitListening(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mosquitto exited: " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("mosquitto did not listen on " + port + ": " + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
