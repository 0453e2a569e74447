package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.heerlen.energiemonitor.support.AccountingBacklog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import nl.heerlen.energiemonitor.simulator.RecordingSubscriber.Received;

/**
 * Load mode against the local Mosquitto: it holds its message rate over a few seconds, and what a
 * subscriber receives has exactly the count and checksum the run reports; partitions of the fleet
 * publish together what one run of the whole fleet does. Readings start on a day no other test uses,
 * which tells this run's messages apart on the shared broker.
 */
class LoadModeIntegrationTests {

    private static final LocalDate FROM = LocalDate.of(2023, 2, 1);
    private static final Predicate<OffsetDateTime> THIS_RUN = ts -> !ts.isBefore(FROM.atStartOfDay().atOffset(ZoneOffset.ofHours(1)))
            && ts.isBefore(FROM.plusDays(60).atStartOfDay().atOffset(ZoneOffset.UTC));

    @BeforeEach
    void requireBroker() {
        LocalBroker.require();
    }

    /** The service contexts of other test classes ingest what this class publishes: leave them no backlog. */
    @AfterAll
    static void leaveNoBacklogToOtherClasses() {
        AccountingBacklog.awaitRecomputed();
    }

    @Test
    void holdsItsRateAndReportsExactlyWhatTheBrokerDelivered() throws Exception {
        DeviceSimulator simulator = new DeviceSimulator(SimulatorSettings.bind(Map.of("enabled", "true",
                "mqtt-url", LocalBroker.URL, "client-id", "simulator-load-" + UUID.randomUUID(), "mode", "load",
                "load.messages-per-second", "300", "load.readings-per-message", "12", "load.duration", "4s",
                "load.from", FROM.toString())));
        try (RecordingSubscriber subscriber = new RecordingSubscriber(LocalBroker.URL, "energie/v1/+/+")) {
            simulator.start();
            assertThat(simulator.awaitCompletion(Duration.ofMinutes(1))).isTrue();
            LoadReport report = simulator.loadReport();

            assertThat(report.messages()).isEqualTo(report.sent()).isCloseTo(1200L, within(120L));
            assertThat(report.achievedRate()).isCloseTo(300.0, within(30.0));
            assertThat(report.readings()).isEqualTo(12 * report.messages());

            List<Received> ours = LocalBroker.await(subscriber.received(), THIS_RUN, report.messages());
            assertThat(ours).hasSize((int) report.messages());
            long checksum = 0;
            long readings = 0;
            Instant last = Instant.EPOCH;
            for (Received message : ours) {
                String meterId = message.topic().substring(message.topic().lastIndexOf('/') + 1);
                for (JsonNode reading : LocalBroker.readings(message.payload())) {
                    Instant ts = OffsetDateTime.parse(reading.get("ts").asString()).toInstant();
                    Channel channel = channel(reading.get("channel").asString());
                    checksum += ReadingChecksum.of(meterId, channel, ts);
                    readings++;
                    last = ts.isAfter(last) ? ts : last;
                }
            }
            assertThat(readings).isEqualTo(report.readings());
            assertThat(ReadingChecksum.format(checksum)).isEqualTo(ReadingChecksum.format(report.checksum()));
            assertThat(last).isEqualTo(report.lastTs());
        } finally {
            simulator.stop();
        }
    }

    @Test
    void stopsAfterMaxMessagesAndWritesTheSameReadingsAsCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("load.csv");
        DeviceSimulator simulator = runToCompletion("--load.messages-per-second=2000", "--load.readings-per-message=5",
                "--load.duration=1m", "--load.max-messages=300", "--load.from=" + FROM.minusYears(1),
                "--load.csv-file=" + csv, "--load.report-file=" + dir.resolve("report.properties"));
        LoadReport report = simulator.loadReport();

        assertThat(report.messages()).isEqualTo(300);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("meter,ts,channel,value,unit");
        assertThat(lines).hasSize(1 + 1500);
        long checksum = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            checksum += ReadingChecksum.of(fields[0], channel(fields[2]), Instant.parse(fields[1]));
            assertThat(Double.parseDouble(fields[3])).isFinite();
        }
        assertThat(checksum).isEqualTo(report.checksum());
        assertThat(Files.readAllLines(dir.resolve("report.properties")))
                .contains("messages_acknowledged=300", "readings_acknowledged=1500");
    }

    @Test
    void stopsWhenEveryMetersReadingsReachThePresentRatherThanSendFutureTimestamps() throws Exception {
        Instant started = Instant.now();
        DeviceSimulator simulator = runToCompletion("--load.messages-per-second=5000", "--load.readings-per-message=50",
                "--load.duration=2m", "--load.from=" + LocalDate.now().minusDays(1));
        LoadReport report = simulator.loadReport();

        assertThat(report.elapsed()).isLessThan(Duration.ofSeconds(60));
        assertThat(report.lastTs()).isBefore(Instant.now()).isAfter(started.minus(Duration.ofMinutes(16)));
        assertThat(report.readings()).isGreaterThan(2 * 1440);
    }

    @Test
    void twoPartitionsPublishTogetherExactlyTheReadingsOfOneRunOfTheWholeFleet(@TempDir Path dir) throws Exception {
        // Every meter sends the same number of messages in each run, so the readings are the same set.
        int messagesPerMeter = 20;
        LoadReport whole = partitionRun(dir.resolve("whole.csv"), 0, 1, messagesPerMeter);
        LoadReport first = partitionRun(dir.resolve("first.csv"), 0, 2, messagesPerMeter);
        LoadReport second = partitionRun(dir.resolve("second.csv"), 1, 2, messagesPerMeter);

        assertThat(first.meters() + second.meters()).isEqualTo(whole.meters());
        assertThat(first.readings()).isPositive().isLessThan(whole.readings());
        assertThat(first.messages() + second.messages()).isEqualTo(whole.messages());
        assertThat(first.readings() + second.readings()).isEqualTo(whole.readings());
        assertThat(ReadingChecksum.format(first.checksum() + second.checksum()))
                .isEqualTo(ReadingChecksum.format(whole.checksum()));
        assertThat(first.lines()).contains("partition=0", "partitions=2");
        assertThat(second.lines()).contains("partition=1", "partitions=2");

        Set<String> firstRows = rows(dir.resolve("first.csv"));
        Set<String> secondRows = rows(dir.resolve("second.csv"));
        assertThat(meterIds(firstRows)).doesNotContainAnyElementsOf(meterIds(secondRows));
        Set<String> together = new HashSet<>(firstRows);
        together.addAll(secondRows);
        assertThat(together).isEqualTo(rows(dir.resolve("whole.csv")));
    }

    @Test
    void publishesNothingUntilItsStartFileExists(@TempDir Path dir) throws Exception {
        Path start = dir.resolve("start");
        DeviceSimulator simulator = new DeviceSimulator(SimulatorSettings.bind(SimulatorSettings.fromArguments(
                "--enabled=true", "--mqtt-url=" + LocalBroker.URL, "--client-id=simulator-load-" + UUID.randomUUID(),
                "--mode=load", "--load.messages-per-second=2000", "--load.max-messages=50",
                "--load.from=" + FROM.minusMonths(9), "--load.start-file=" + start)));
        simulator.start();
        try {
            assertThat(simulator.awaitCompletion(Duration.ofSeconds(2))).isFalse();
            assertThat(simulator.publishedMessages()).isZero();
            Files.createFile(start);
            assertThat(simulator.awaitCompletion(Duration.ofMinutes(1))).isTrue();
        } finally {
            simulator.stop();
        }
        assertThat(simulator.loadReport().messages()).isEqualTo(50);
    }

    private static LoadReport partitionRun(Path csv, int partition, int partitions, int messagesPerMeter)
            throws Exception {
        LocalDate from = FROM.minusMonths(6);
        LoadSettings share = new LoadSettings(1000, 1, null, from, 0, null, null, partitions, partition, null);
        long meters = share.shareOf(SeedFleet.load(Path.of("seeds"))).stream()
                .filter(seed -> seed.isInstalledAt(AmsterdamTime.startOf(from))).count();
        DeviceSimulator simulator = runToCompletion("--load.messages-per-second=3000", "--load.readings-per-message=12",
                "--load.duration=1m", "--load.max-messages=" + messagesPerMeter * meters, "--load.from=" + from,
                "--load.partitions=" + partitions, "--load.partition=" + partition, "--load.csv-file=" + csv);
        LoadReport report = simulator.loadReport();
        assertThat(report.meters()).isEqualTo(meters);
        assertThat(report.messages()).isEqualTo(messagesPerMeter * meters);
        return report;
    }

    /** A load-mode simulator on the local broker with these settings, run until it is done (at most a minute). */
    private static DeviceSimulator runToCompletion(String... settings) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--enabled=true", "--mqtt-url=" + LocalBroker.URL,
                "--client-id=simulator-load-" + UUID.randomUUID(), "--mode=load"));
        arguments.addAll(List.of(settings));
        DeviceSimulator simulator = new DeviceSimulator(SimulatorSettings.bind(SimulatorSettings.fromArguments(
                arguments.toArray(String[]::new))));
        simulator.start();
        try {
            assertThat(simulator.awaitCompletion(Duration.ofMinutes(1))).isTrue();
        } finally {
            simulator.stop();
        }
        return simulator;
    }

    /** The csv's rows (meter, ts, channel, value, unit) without its header. */
    private static Set<String> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        return new HashSet<>(lines.subList(1, lines.size()));
    }

    private static Set<String> meterIds(Set<String> rows) {
        return rows.stream().map(row -> row.substring(0, row.indexOf(','))).collect(Collectors.toSet());
    }

    private static Channel channel(String wireName) {
        for (Channel channel : Channel.values()) {
            if (channel.wireName().equals(wireName)) {
                return channel;
            }
        }
        throw new AssertionError("unknown channel " + wireName);
    }
}
