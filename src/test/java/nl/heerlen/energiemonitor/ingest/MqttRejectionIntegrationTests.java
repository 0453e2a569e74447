package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.ingest.Payloads.of;
import static nl.heerlen.energiemonitor.ingest.Payloads.reading;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestBroker;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every rejection reason: the input is kept with its reason, counted, and acknowledged. */
@IntegrationTest
class MqttRejectionIntegrationTests extends IntegrationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NOON = "2026-06-01T12:00:00+02:00";
    private static TestBroker device;

    @Autowired
    MeterRegistry metrics;
    @Autowired
    MqttIngest ingest;

    @BeforeAll
    static void connectDevice() {
        device = new TestBroker();
    }

    @AfterAll
    static void disconnectDevice() throws Exception {
        device.close();
    }

    /** Each case: reason, topic for a fresh PV meter, payload. */
    static Stream<Arguments> badInput() {
        Function<String, String> own = TestMeters::topic;
        Function<String, String> other = m -> "energie/v1/" + TestMeters.OTHER_INSTALLER + "/" + m;
        Function<String, String> unregistered = m -> TestMeters.topic("never-registered-" + m);
        Function<String, String> badTopic = m -> "energie/v1/Not_Valid/" + m;
        return Stream.of(
                Arguments.of(RejectionReason.MALFORMED_JSON, own, "{\"readings\":[{\"ts\":"),
                Arguments.of(RejectionReason.INVALID_PAYLOAD, own, "{\"values\":[]}"),
                Arguments.of(RejectionReason.INVALID_TOPIC, badTopic, of(reading(NOON, "pv_energy", 1, "kWh"))),
                Arguments.of(RejectionReason.UNKNOWN_METER, unregistered, of(reading(NOON, "pv_energy", 1, "kWh"))),
                Arguments.of(RejectionReason.INSTALLER_MISMATCH, other, of(reading(NOON, "pv_energy", 1, "kWh"))),
                Arguments.of(RejectionReason.UNKNOWN_CHANNEL, own, of(reading(NOON, "heat_energy", 1, "kWh"))),
                Arguments.of(RejectionReason.UNKNOWN_UNIT, own, of(reading(NOON, "pv_energy", 1, "W"))),
                Arguments.of(RejectionReason.NON_FINITE_VALUE, own,
                        "{\"readings\":[{\"ts\":\"" + NOON + "\",\"channel\":\"pv_energy\",\"value\":1e999,\"unit\":\"kWh\"}]}"),
                Arguments.of(RejectionReason.INVALID_VALUE, own,
                        "{\"readings\":[{\"ts\":\"" + NOON + "\",\"channel\":\"pv_energy\",\"value\":\"12\",\"unit\":\"kWh\"}]}"),
                Arguments.of(RejectionReason.INVALID_TIMESTAMP, own, of(reading("2026-06-01 12:00", "pv_energy", 1, "kWh"))),
                Arguments.of(RejectionReason.TIMESTAMP_OUT_OF_RANGE, own, of(reading("2099-01-01T00:00:00Z", "pv_energy", 1, "kWh"))),
                Arguments.of(RejectionReason.PAYLOAD_TOO_LARGE, own, "{\"readings\":[" + " ".repeat(1_100_000) + "]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsKeptWithItsReasonAndCounted(RejectionReason reason, Function<String, String> topicFor, String payload) {
        await(WAIT, "subscribed", ingest::receiving);
        String meter = TestMeters.pvInverter(10);
        String topic = topicFor.apply(meter);
        double before = rejected(reason);

        device.publish(topic, payload);

        await(WAIT, reason + " recorded", () -> TestSql.count(
                "select count(*) from rejected_reading where topic = ? and reason = ?", topic, reason.tag()) == 1);
        Map<String, Object> row = TestSql.rows("select source, raw_payload, detail from rejected_reading where topic = ?", topic).get(0);
        assertThat(row.get("source")).isEqualTo("mqtt");
        assertThat((String) row.get("raw_payload")).isNotEmpty();
        assertThat((String) row.get("detail")).isNotBlank();
        await(WAIT, "counted", () -> rejected(reason) - before >= 1);
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", meter)).isZero();
    }

    @Test
    void goodReadingsOfAMessageAreStoredAndOnlyTheBadOnesRejected() {
        await(WAIT, "subscribed", ingest::receiving);
        String meter = TestMeters.pvInverter(10);
        device.publish(TestMeters.topic(meter), of(
                reading(NOON, "pv_energy", 10, "kWh"),
                reading(NOON, "pv_energy_typo", 10, "kWh"),
                reading("2026-06-01T12:15:00+02:00", "pv_energy", 12, "kWh")));

        await(WAIT, "good readings stored", () -> TestSql.count("select count(*) from reading where meter_id = ?", meter) == 2);
        await(WAIT, "bad reading kept", () -> TestSql.count(
                "select count(*) from rejected_reading where meter_id = ? and reason = 'unknown_channel'", meter) == 1);
        assertThat((String) TestSql.single("select raw_payload from rejected_reading where meter_id = ?", meter))
                .contains("pv_energy_typo");
    }

    private double rejected(RejectionReason reason) {
        return metrics.get("energiemonitor.readings.rejected").tag("source", "mqtt").tag("reason", reason.tag())
                .counter().count();
    }
}
