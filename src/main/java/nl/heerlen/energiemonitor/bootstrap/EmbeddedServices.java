package nl.heerlen.energiemonitor.bootstrap;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.SpringApplication;

/**
 * The embedded services of this JVM: started at most once (a test JVM may start several application contexts) and
 * stopped by Spring Boot's shutdown hook after the application contexts have closed, so that the application's
 * MQTT client and connection pool go first.
 */
final class EmbeddedServices {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedMqttBroker broker;
    private static boolean stopRegistered;

    private EmbeddedServices() {
    }

    /**
     * Starts the embedded PostgreSQL unless one already listens on that port (started by this JVM, or by another
     * instance of the application on this machine, which then shares it).
     *
     * @return false if another process runs it
     */
    static synchronized boolean ensurePostgres(Path dataDir, int port, Duration probeTimeout) {
        if (postgres == null) {
            if (TcpProbe.reachable("127.0.0.1", port, probeTimeout)) {
                return false;
            }
            registerStop();
            postgres = EmbeddedPostgresServer.start(dataDir, port);
        }
        return true;
    }

    /** Like {@link #ensurePostgres}, for the embedded MQTT broker. */
    static synchronized boolean ensureBroker(Path dir, int port, Duration probeTimeout) {
        if (broker == null) {
            if (TcpProbe.reachable("127.0.0.1", port, probeTimeout)) {
                return false;
            }
            registerStop();
            broker = EmbeddedMqttBroker.start(dir, port);
        }
        return true;
    }

    private static void registerStop() {
        if (!stopRegistered) {
            SpringApplication.getShutdownHandlers().add(EmbeddedServices::stopAll);
            stopRegistered = true;
        }
    }

    static synchronized void stopAll() {
        try {
            if (broker != null) {
                broker.close();
            }
        } catch (Exception e) {
            System.err.println("Embedded MQTT broker did not stop cleanly: " + e);
        } finally {
            broker = null;
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (RuntimeException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e);
        } finally {
            postgres = null;
        }
    }
}
