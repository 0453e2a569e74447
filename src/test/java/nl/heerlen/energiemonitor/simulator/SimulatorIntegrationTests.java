package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;

import nl.heerlen.energiemonitor.support.AccountingBacklog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.heerlen.energiemonitor.simulator.RecordingSubscriber.Received;

/**
 * Runs the simulator against the real Mosquitto on 127.0.0.1:1883 and checks, as an outside
 * subscriber on {@code energie/v1/+/+}, what arrived. The broker is shared with other tests, so
 * the backfill check counts only messages stamped on the backfilled day. Skipped without a broker.
 */
class SimulatorIntegrationTests {

    private static final String BROKER = "tcp://127.0.0.1:1883";
    private static final LocalDate DAY = LocalDate.of(2024, 6, 21);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Map<String, String>> meters = CsvTable.read(Path.of("seeds", "meters.csv"));

    @BeforeEach
    void requireBroker() {
        assumeTrue(brokerListening(), "Mosquitto is not running on 127.0.0.1:1883");
    }

    /** The service contexts of other test classes ingest what this class publishes: leave them no backlog. */
    @AfterAll
    static void leaveNoBacklogToOtherClasses() {
        AccountingBacklog.awaitRecomputed();
    }

    @Test
    void backfillOfOneDayArrivesCompleteAndValidForEveryMeter() throws Exception {
        DeviceSimulator simulator = simulator(SimulatorProperties.Mode.BACKFILL, DAY);
        try (RecordingSubscriber subscriber = new RecordingSubscriber(BROKER, "energie/v1/+/+")) {
            simulator.start();
            assertThat(simulator.awaitCompletion(Duration.ofMinutes(3))).as("backfill finished").isTrue();
            awaitReadings(subscriber.received(), simulator.publishedReadings());

            Map<String, Integer> readingsByMeter = checkMessagesOfTheDay(subscriber.received());

            assertThat(readingsByMeter.keySet()).as("every meter published")
                    .containsExactlyInAnyOrderElementsOf(meters.stream().map(m -> m.get("id")).toList());
            for (Map<String, String> meter : meters) {
                long moments = 86_400 / Duration.parse(meter.get("reporting_interval")).toSeconds();
                int channels = ContractAssertions.CHANNELS_BY_KIND.get(meter.get("kind")).size();
                assertThat(readingsByMeter.get(meter.get("id"))).as(meter.get("id")).isEqualTo((int) (moments * channels));
            }
            long total = readingsByMeter.values().stream().mapToLong(Integer::longValue).sum();
            assertThat(total).isEqualTo(simulator.publishedReadings());
        } finally {
            simulator.stop();
        }
    }

    @Test
    void liveModePublishesEveryMeterWithinSecondsOfStartWithItsLatestReading() throws Exception {
        DeviceSimulator simulator = simulator(SimulatorProperties.Mode.LIVE, null);
        OffsetDateTime started = OffsetDateTime.now().withNano(0);
        try (RecordingSubscriber subscriber = new RecordingSubscriber(BROKER, "energie/v1/+/+")) {
            simulator.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (simulator.publishedMessages() < meters.size() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(simulator.publishedMessages()).isGreaterThanOrEqualTo(meters.size());
            Thread.sleep(500);

            for (Map<String, String> meter : meters) {
                String topic = "energie/v1/" + meter.get("installer_id") + "/" + meter.get("id");
                Received latest = subscriber.received().stream().filter(message -> message.topic().equals(topic))
                        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("nothing on " + topic));
                ContractAssertions.assertValidPayload(latest.payload(), meter.get("kind"));
                // The latest moment of the meter's reporting grid (:00, :15, ...) before start.
                Duration interval = Duration.parse(meter.get("reporting_interval"));
                assertThat(firstTimestamp(latest.payload())).isAfterOrEqualTo(started.minus(interval))
                        .isBeforeOrEqualTo(OffsetDateTime.now());
                assertThat(firstTimestamp(latest.payload()).toEpochSecond() % interval.toSeconds()).isZero();
            }
        } finally {
            simulator.stop();
        }
    }

    private static DeviceSimulator simulator(SimulatorProperties.Mode mode, LocalDate day) {
        Map<String, String> settings = new HashMap<>(Map.of("enabled", "true", "mqtt-url", BROKER,
                "mode", mode.name(), "tick-interval", "1s", "client-id", "simulator-it-" + UUID.randomUUID()));
        if (day != null) {
            settings.put("backfill-from", day.toString());
            settings.put("backfill-to", day.toString());
        }
        return new DeviceSimulator(SimulatorSettings.bind(settings));
    }

    /** Validates every message of the backfilled day and returns the readings per meter. */
    private Map<String, Integer> checkMessagesOfTheDay(Queue<Received> received) {
        Map<String, Map<String, String>> meterById = new HashMap<>();
        meters.forEach(meter -> meterById.put(meter.get("id"), meter));
        Map<String, Integer> readingsByMeter = new HashMap<>();
        for (Received message : received) {
            if (!isFromTheBackfilledDay(message.payload())) {
                continue;
            }
            String[] topic = message.topic().split("/");
            assertThat(topic).hasSize(4);
            assertThat(topic[0] + "/" + topic[1]).isEqualTo("energie/v1");
            Map<String, String> meter = meterById.get(topic[3]);
            assertThat(meter).as("known meter " + topic[3]).isNotNull();
            assertThat(topic[2]).isEqualTo(meter.get("installer_id"));
            int readings = ContractAssertions.assertValidPayload(message.payload(), meter.get("kind"));
            assertThat(readings).isLessThanOrEqualTo(96);
            readingsByMeter.merge(topic[3], readings, Integer::sum);
        }
        return readingsByMeter;
    }

    private static boolean isFromTheBackfilledDay(byte[] payload) {
        try {
            return firstTimestamp(payload).atZoneSameInstant(AMSTERDAM).toLocalDate().equals(DAY);
        } catch (RuntimeException foreignMessage) {
            return false;
        }
    }

    private static OffsetDateTime firstTimestamp(byte[] payload) {
        JsonNode ts = JSON.readTree(payload).path("readings").path(0).path("ts");
        return OffsetDateTime.parse(ts.asString());
    }

    /** QoS 1 acknowledgement to the publisher precedes delivery to subscribers by a moment. */
    private static void awaitReadings(Queue<Received> received, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            long ours = received.stream().filter(message -> isFromTheBackfilledDay(message.payload()))
                    .mapToLong(message -> JSON.readTree(message.payload()).get("readings").size()).sum();
            if (ours >= expected) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static boolean brokerListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1883), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
