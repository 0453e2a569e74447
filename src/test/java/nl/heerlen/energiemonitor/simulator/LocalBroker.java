package nl.heerlen.energiemonitor.simulator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.heerlen.energiemonitor.simulator.RecordingSubscriber.Received;

/** The Mosquitto on 127.0.0.1:1883 that integration tests share with other builds on this machine. */
final class LocalBroker {

    static final String URL = "tcp://127.0.0.1:1883";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LocalBroker() {
    }

    static void require() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1883), 1000);
        } catch (IOException e) {
            assumeTrue(false, "Mosquitto is not running on 127.0.0.1:1883");
        }
    }

    static OffsetDateTime firstTimestamp(byte[] payload) {
        return OffsetDateTime.parse(JSON.readTree(payload).path("readings").path(0).path("ts").asString());
    }

    static JsonNode readings(byte[] payload) {
        return JSON.readTree(payload).get("readings");
    }

    /** Messages whose first reading passes the test; foreign messages that are not readings are skipped. */
    static List<Received> ours(Collection<Received> received, Predicate<OffsetDateTime> firstTs) {
        return received.stream().filter(message -> {
            try {
                return firstTs.test(firstTimestamp(message.payload()));
            } catch (RuntimeException foreign) {
                return false;
            }
        }).toList();
    }

    /** Waits until {@code count} of our messages have arrived (delivery trails the acknowledgement a little). */
    static List<Received> await(Collection<Received> received, Predicate<OffsetDateTime> firstTs, long count)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Received> ours = ours(received, firstTs);
        while (ours.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            ours = ours(received, firstTs);
        }
        return ours;
    }
}
