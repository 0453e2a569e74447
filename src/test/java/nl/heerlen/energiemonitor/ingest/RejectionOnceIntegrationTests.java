package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.ingest.Payloads.of;
import static nl.heerlen.energiemonitor.ingest.Payloads.reading;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestBroker;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rejected message is stored and counted once however often it arrives: a broker redelivery after a reconnect is
 * the same message delivered again, and so is a device sending the same bad payload twice. The rejection metric, the
 * rows of the rejection listing and their delivery counts agree.
 */
@IntegrationTest
class RejectionOnceIntegrationTests extends IntegrationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NOON = "2026-06-01T12:00:00+02:00";

    @Autowired
    MessageValidator validator;
    @Autowired
    BatchWriter writer;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    MqttIngest ingest;

    @Test
    void aRedeliveredMessageIsStoredAndCountedOnce() {
        String meter = TestMeters.pvInverter(10);
        InboundMessage message = mqtt(meter, of(reading(NOON, "pv_energy", 1, "kWh"), reading(NOON, "no_channel", 2, "kWh"),
                reading(NOON, "no_channel", 2, "kWh")));
        double rejectedBefore = rejected("unknown_channel");
        double repeatsBefore = repeats();

        write(message);
        write(message);

        // the two identical bad readings of the message are two rejections; the second delivery adds none
        assertThat(rows(meter)).extracting(r -> r.get("deliveries")).containsExactly(2, 2);
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", meter)).isEqualTo(1);
        assertThat(rejected("unknown_channel") - rejectedBefore).isEqualTo(2);
        assertThat(repeats() - repeatsBefore).isEqualTo(2);
    }

    @Test
    void copiesOfAMessageInOneBatchAreMergedIntoOneRow() {
        String meter = TestMeters.pvInverter(10);
        InboundMessage message = mqtt(meter, "{\"readings\":[{\"ts\":");
        double rejectedBefore = rejected("malformed_json");

        writer.write(List.of(validated(message), validated(message), validated(message))).block(WAIT);

        assertThat(rows(meter)).extracting(r -> r.get("deliveries")).containsExactly(3);
        assertThat(rejected("malformed_json") - rejectedBefore).isEqualTo(1);
    }

    @Test
    void aBadMessageSentTwiceOverMqttIsOneRowWithTwoDeliveries() throws Exception {
        await(WAIT, "subscribed", ingest::receiving);
        String meter = TestMeters.pvInverter(10);
        double rejectedBefore = rejected("unknown_unit");
        try (TestBroker device = new TestBroker()) {
            device.publish(TestMeters.topic(meter), of(reading(NOON, "pv_energy", 1, "furlong")));
            device.publish(TestMeters.topic(meter), of(reading(NOON, "pv_energy", 1, "furlong")));
        }
        await(WAIT, "second delivery recorded", () -> rows(meter).size() == 1 && rows(meter).get(0).get("deliveries").equals(2));
        assertThat(rejected("unknown_unit") - rejectedBefore).isEqualTo(1);
    }

    @Test
    void differentPayloadsStaySeparateRejections() {
        String meter = TestMeters.pvInverter(10);
        write(mqtt(meter, of(reading(NOON, "pv_energy", 1, "furlong"))));
        write(mqtt(meter, of(reading(NOON, "pv_energy", 2, "furlong"))));

        assertThat(rows(meter)).extracting(r -> r.get("deliveries")).containsExactly(1, 1);
    }

    private void write(InboundMessage message) {
        writer.write(List.of(validated(message))).block(WAIT);
    }

    private ValidatedMessage validated(InboundMessage message) {
        return validator.validate(message).block(WAIT);
    }

    private static InboundMessage mqtt(String meter, String payload) {
        return new InboundMessage(InboundMessage.MQTT, TestMeters.topic(meter), payload.getBytes(StandardCharsets.UTF_8),
                Instant.now(), System.nanoTime(), () -> { });
    }

    private static List<Map<String, Object>> rows(String meter) {
        return TestSql.rows("select deliveries from rejected_reading where topic = ? order by id", TestMeters.topic(meter));
    }

    private double rejected(String reason) {
        return metrics.get("energiemonitor.readings.rejected").tag("source", "mqtt").tag("reason", reason).counter().count();
    }

    private double repeats() {
        return metrics.get("energiemonitor.readings.rejected.repeats").tag("source", "mqtt").counter().count();
    }
}
