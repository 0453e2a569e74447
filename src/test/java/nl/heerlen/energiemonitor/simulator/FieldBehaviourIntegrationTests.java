package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import nl.heerlen.energiemonitor.support.AccountingBacklog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.heerlen.energiemonitor.simulator.RecordingSubscriber.Received;

/**
 * The field behaviour as a subscriber on the local Mosquitto sees it: a backfilled day with
 * duplicates, gateway batches and skewed clocks, and exchanges announced before the new register's readings.
 */
class FieldBehaviourIntegrationTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate DAY = LocalDate.of(2024, 7, 15);

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
    void aBackfilledDayHasDuplicatesGatewayBatchesAndSkewedTimestampsAllWithinTheContract() throws Exception {
        // A skewed clock may stamp the day's first reading a few seconds before midnight.
        Predicate<OffsetDateTime> thisDay = ts -> Math.abs(ts.atZoneSameInstant(AMSTERDAM).toLocalDate().toEpochDay()
                - DAY.toEpochDay()) <= 1;
        DeviceSimulator simulator = new DeviceSimulator(SimulatorSettings.bind(Map.of("enabled", "true",
                "mqtt-url", LocalBroker.URL, "client-id", "simulator-field-" + UUID.randomUUID(), "mode", "backfill",
                "backfill-from", DAY.toString(), "backfill-to", DAY.toString(), "field.enabled", "true",
                "field.gateway-share", "0.5", "field.duplicate-share", "0.1", "field.max-clock-skew", "5s")));
        try (RecordingSubscriber subscriber = new RecordingSubscriber(LocalBroker.URL, "energie/v1/+/+")) {
            simulator.start();
            assertThat(simulator.awaitCompletion(Duration.ofMinutes(3))).isTrue();
            List<Received> ours = LocalBroker.await(subscriber.received(), thisDay, simulator.publishedMessages());

            assertThat(ours).hasSize((int) simulator.publishedMessages());
            Map<String, Integer> copies = new HashMap<>();
            List<Integer> offGrid = new ArrayList<>();
            for (Received message : ours) {
                String meter = message.topic().substring(message.topic().lastIndexOf('/') + 1);
                ContractAssertions.assertValidPayload(message.payload(), kind(meter));
                copies.merge(message.topic() + new String(message.payload()), 1, Integer::sum);
                for (JsonNode reading : LocalBroker.readings(message.payload())) {
                    int second = OffsetDateTime.parse(reading.get("ts").asString()).getSecond();
                    offGrid.add(second < 30 ? second : second - 60);
                }
            }
            assertThat(copies.values()).as("some messages went out twice, none more often").contains(2).containsOnly(1, 2);
            assertThat(offGrid).as("clock skew").allSatisfy(skew -> assertThat(skew).isBetween(-5, 5))
                    .anySatisfy(skew -> assertThat(skew).isNotZero());
        } finally {
            simulator.stop();
        }
    }

    @Test
    void exchangesAreAnnouncedBeforeTheReadingsOfTheNewRegisterAndOnlyOnce() throws Exception {
        List<FieldDevice> heat = FieldDeviceTests.devices(FieldDeviceTests.field("exchanges-per-meter-year", "12",
                "resets-per-meter-year", "0", "breakdowns-per-pv-year", "0"), 2018).subList(10, 11);
        List<String> announced = new ArrayList<>();
        PublishedCounts counts = new PublishedCounts();
        try (MqttPublisher publisher = new MqttPublisher(LocalBroker.URL, "simulator-exchange-" + UUID.randomUUID(),
                null, null, counts)) {
            publisher.connect();
            Sender sender = new Sender(publisher, (meter, channel, at, finalOld, startNew) ->
                    announced.add(channel.wireName() + "@" + at + " " + counts.messages()));
            new Backfill(heat, publisher, sender).run(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 30),
                    java.time.Instant.now());
            assertThat(publisher.flush(Duration.ofSeconds(30))).isTrue();
        }

        List<RegisterEvents.Event> exchanges = heat.get(0).model().events().exchangesBetween(
                AmsterdamTime.startOf(LocalDate.of(2023, 9, 1)), AmsterdamTime.startOf(LocalDate.of(2023, 10, 31)));
        assertThat(exchanges).isNotEmpty();
        // heat, cold and volume registers of each exchange, each once
        assertThat(announced).hasSize(3 * exchanges.size()).doesNotHaveDuplicates();
        assertThat(announced).allSatisfy(line -> assertThat(line).matches("(heat_energy|cold_energy|volume)@.*"));
    }

    private static String kind(String meterId) {
        return FieldDeviceTests.DEMO.stream().filter(m -> m.id().equals(meterId)).findFirst()
                .map(m -> m.kind().name().toLowerCase()).orElseThrow();
    }
}
