package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Quantity;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestBroker;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml describes what the service really accepts, on the real broker. */
@IntegrationTest
class AsyncApiIntegrationTests extends IntegrationTestSupport {
    @Autowired
    MqttIngest ingest;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("docs/asyncapi.yaml"))) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> node, String... path) {
        Object current = node;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    @Test
    void channelsAndUnitsAreExactlyWhatTheServiceAccepts() throws Exception {
        Map<String, Object> item = at(document(), "components", "schemas", "readingsPayload", "properties", "readings", "items", "properties");
        List<String> channels = at(item, "channel", "enum");
        assertThat(channels).containsExactlyInAnyOrderElementsOf(Arrays.stream(Channel.values()).map(Channel::wireName).toList());
        List<String> units = at(item, "unit", "enum");
        Set<String> accepted = new TreeSet<>();
        for (Quantity q : Quantity.values()) {
            for (String unit : units) {
                if (UnitConverter.toCanonical(q, unit, 1).isPresent()) {
                    accepted.add(unit);
                }
            }
        }
        assertThat(accepted).containsExactlyInAnyOrderElementsOf(units);
        for (String symbol : new String[] {"Wh", "kWh", "MWh", "J", "kJ", "MJ", "GJ", "m3", "W", "kW", "Cel"}) {
            assertThat(units).contains(symbol);
        }
    }

    @Test
    void aMessageBuiltFromTheDocumentedAddressIsStored() throws Exception {
        String address = at(document(), "channels", "meterReadings", "address");
        assertThat(address).isEqualTo(TopicAddress.PREFIX + "{installerId}/{meterId}");
        String meter = TestMeters.pvInverter(10);
        String topic = address.replace("{installerId}", TestMeters.INSTALLER).replace("{meterId}", meter);
        await(Duration.ofSeconds(20), "subscribed", ingest::receiving);
        try (TestBroker device = new TestBroker()) {
            device.publish(topic, Payloads.of(Payloads.reading("2026-06-01T12:00:00+02:00", "pv_energy", 3, "kWh")));
            device.publish(topic, "[{\"bn\":\"" + meter + "/\",\"bt\":1780308900,\"n\":\"pv_energy\",\"u\":\"kWh\",\"s\":4}]");
        }
        await(Duration.ofSeconds(20), "both documented message kinds stored",
                () -> TestSql.count("select count(*) from reading where meter_id = ?", meter) == 2);
    }
}
