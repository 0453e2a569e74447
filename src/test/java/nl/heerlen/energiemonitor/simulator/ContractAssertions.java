package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a payload against MQTT contract v1 as written in the brief, independently of the
 * simulator's own enums, so a mistake there cannot hide here.
 */
final class ContractAssertions {

    static final Map<String, Set<String>> CHANNELS_BY_KIND = Map.of(
            "pv_inverter", Set.of("pv_energy", "pv_power"),
            "pv_optimizer", Set.of("pv_energy", "pv_power"),
            "heat_meter", Set.of("heat_energy", "cold_energy", "volume", "supply_temp", "return_temp"),
            "electricity_meter", Set.of("electricity_import", "electricity_export"),
            "gas_meter", Set.of("gas_volume"));

    private static final Set<String> ENERGY_UNITS = Set.of("Wh", "kWh", "MWh", "J", "kJ", "MJ", "GJ");
    private static final Map<String, Set<String>> UNITS_BY_CHANNEL = Map.of(
            "pv_energy", ENERGY_UNITS, "heat_energy", ENERGY_UNITS, "cold_energy", ENERGY_UNITS,
            "electricity_import", ENERGY_UNITS, "electricity_export", ENERGY_UNITS,
            "pv_power", Set.of("W", "kW"),
            "supply_temp", Set.of("Cel"), "return_temp", Set.of("Cel"),
            "volume", Set.of("m3"), "gas_volume", Set.of("m3"));
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractAssertions() {
    }

    /** Asserts the payload is valid for a meter of the kind and returns its number of readings. */
    static int assertValidPayload(byte[] payload, String meterKind) {
        JsonNode root = JSON.readTree(payload);
        assertThat(root.isObject()).isTrue();
        assertThat(root.propertyNames()).containsExactly("readings");
        JsonNode readings = root.get("readings");
        assertThat(readings.isArray()).isTrue();
        assertThat(readings.size()).isPositive();
        for (JsonNode reading : readings) {
            assertValidReading(reading, meterKind);
        }
        return readings.size();
    }

    private static void assertValidReading(JsonNode reading, String meterKind) {
        assertThat(reading.propertyNames()).containsExactlyInAnyOrder("ts", "channel", "value", "unit");
        String ts = reading.get("ts").asString();
        OffsetDateTime time = OffsetDateTime.parse(ts);
        assertThat(ts).as("ts with explicit offset").matches(".*T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
        assertThat(time.getOffset()).isEqualTo(AMSTERDAM.getRules().getOffset(time.toInstant()));
        String channel = reading.get("channel").asString();
        assertThat(CHANNELS_BY_KIND.get(meterKind)).as("channels of " + meterKind).contains(channel);
        assertThat(UNITS_BY_CHANNEL.get(channel)).as("units of " + channel).contains(reading.get("unit").asString());
        assertThat(reading.get("value").isNumber()).as("value of " + channel).isTrue();
        assertThat(Double.isFinite(reading.get("value").asDouble())).isTrue();
    }
}
