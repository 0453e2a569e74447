package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.support.IntegrationTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.PrivateMosquitto;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Hostile input on both ways in, interleaved with valid readings: nothing crashes or stalls, the valid readings are
 * all stored, and every payload is accounted for (accepted + duplicates + conflicts + rejected = sent, per source).
 * {@code -Dfuzz.count=100000} for the full run (.ci/faults, docs/reliability.md); the suite runs 2,000 to stay near
 * a minute. On a private broker, so that other test contexts subscribed on the shared one do not receive the garbage.
 */
@IntegrationTest
class BadInputFuzzIntegrationTests {
    private static PrivateMosquitto broker;

    @Autowired
    WebTestClient web;
    @Autowired
    MqttIngest ingest;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    IngestProperties properties;

    @DynamicPropertySource
    static void privateBroker(DynamicPropertyRegistry registry) throws Exception {
        IntegrationTestSupport.database(registry);
        broker = new PrivateMosquitto();
        registry.add("energiemonitor.mqtt.url", broker::url);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void hostileInputIsAccountedForAndValidReadingsAroundItAreStored() throws Exception {
        int total = Integer.getInteger("fuzz.count", 2_000);
        long seed = Long.getLong("fuzz.seed", 8);
        int httpCount = total / 10;
        int mqttCount = total - httpCount;
        await(Duration.ofSeconds(60), "subscribed", ingest::receiving);
        String mqttValid = TestMeters.pvInverter(10);
        String httpValid = TestMeters.pvInverter(10);
        String hostile = TestMeters.pvInverter(10);
        WebTestClient patient = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        WebTestClient installer = TestUsers.installer(patient, TestUsers.tokenFor(patient, TestMeters.INSTALLER));
        double mqttBefore = outcomes("mqtt");
        double httpBefore = outcomes("http");
        Map<String, Double> reasonsBefore = reasons();
        long start = System.nanoTime();

        Map<String, Integer> kinds = new TreeMap<>();
        int mqttValidSent = publish(new HostilePayloads(seed, mqttValid, hostile, maxBytes(), 3), mqttCount, kinds);
        int httpValidSent = post(installer, new HostilePayloads(seed + 1, httpValid, hostile, maxBytes(), 3), httpCount, kinds);

        await(Duration.ofSeconds(300), "every MQTT payload accounted for",
                () -> outcomes("mqtt") - mqttBefore >= mqttCount);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(outcomes("mqtt") - mqttBefore).as("MQTT accepted + duplicates + conflicts + rejected").isEqualTo(mqttCount);
        assertThat(outcomes("http") - httpBefore).as("HTTP accepted + duplicates + conflicts + rejected").isEqualTo(httpCount);
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", mqttValid)).isEqualTo(mqttValidSent);
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", httpValid)).isEqualTo(httpValidSent);
        assertThat(ingest.receiving()).as("still subscribed").isTrue();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();

        Map<String, Double> reasons = reasons();
        reasons.replaceAll((k, v) -> v - reasonsBefore.getOrDefault(k, 0.0));
        reasons.values().removeIf(v -> v == 0);
        System.out.printf("[reliability] fuzz seed=%d sent=%d (mqtt %d, http %d) valid stored=%d/%d in %.1fs; kinds %s; "
                + "rejected by reason %s%n", seed, total, mqttCount, httpCount, mqttValidSent + httpValidSent,
                mqttValidSent + httpValidSent, seconds, kinds, reasons);
    }

    private int publish(HostilePayloads payloads, int count, Map<String, Integer> kinds) throws Exception {
        MqttClient device = new MqttClient(broker.url(), "fuzz-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        device.connect(options);
        int valid = 0;
        try {
            for (int i = 0; i < count; i++) {
                HostilePayloads.Case c = payloads.next();
                kinds.merge(c.kind(), 1, Integer::sum);
                MqttMessage message = new MqttMessage(c.body());
                message.setQos(1);
                device.publish("energie/v1/" + TestMeters.INSTALLER + "/" + c.meter(), message);
                valid += c.valid() ? 1 : 0;
            }
        } finally {
            device.disconnect();
            device.close();
        }
        return valid;
    }

    private int post(WebTestClient installer, HostilePayloads payloads, int count, Map<String, Integer> kinds) {
        int valid = 0;
        for (int i = 0; i < count; i++) {
            HostilePayloads.Case c = payloads.next();
            kinds.merge("http-" + c.kind(), 1, Integer::sum);
            int status = installer.post().uri("/api/v1/readings").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(withMeter(c)).exchange().returnResult(byte[].class).getStatus().value();
            assertThat(status).as("HTTP status for %s", c.kind()).isLessThan(500);
            valid += c.valid() ? 1 : 0;
        }
        return valid;
    }

    /** Contract v1 JSON plus "meter" on HTTP; bodies that are not such JSON go as they are. */
    private static byte[] withMeter(HostilePayloads.Case c) {
        String prefix = "{\"readings\"";
        String body = new String(c.body(), StandardCharsets.ISO_8859_1);
        if (!body.startsWith(prefix)) {
            return c.body();
        }
        String meter = c.meter().replace("\\", "\\\\").replace("\"", "\\\"");
        byte[] head = ("{\"meter\":\"" + meter + "\",").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + c.body().length - 1];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(c.body(), 1, out, head.length, c.body().length - 1);
        return out;
    }

    private int maxBytes() {
        return (int) properties.maxPayloadSize().toBytes();
    }

    private double outcomes(String source) {
        return sum("energiemonitor.readings.accepted", source) + sum("energiemonitor.readings.duplicates", source)
                + sum("energiemonitor.readings.conflicts", source) + sum("energiemonitor.readings.rejected", source);
    }

    private double sum(String name, String source) {
        return metrics.find(name).tag("source", source).counters().stream().mapToDouble(Counter::count).sum();
    }

    private Map<String, Double> reasons() {
        Map<String, Double> byReason = new TreeMap<>();
        metrics.find("energiemonitor.readings.rejected").counters().forEach(c ->
                byReason.merge(c.getId().getTag("source") + "/" + c.getId().getTag("reason"), c.count(), Double::sum));
        return byReason;
    }
}
