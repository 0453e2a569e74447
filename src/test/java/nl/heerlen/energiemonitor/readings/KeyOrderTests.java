package nl.heerlen.energiemonitor.readings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;
import org.junit.jupiter.api.Test;

/** The key order of COPY is the byte order that {@code collate "C"} gives the insert statement. */
class KeyOrderTests {
    private static final Instant T = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void channelsAreInTheByteOrderOfTheirNames() {
        List<Reading> readings = Arrays.stream(Channel.values()).map(c -> reading("m", c, T, 0)).toList();
        List<String> names = KeyOrder.sorted(readings).stream().map(r -> r.channel().wireName()).toList();
        assertThat(names).containsExactly("cold_energy", "electricity_export", "electricity_import", "gas_volume", "heat_energy",
                        "pv_energy", "pv_power", "return_temp", "supply_temp", "volume");
    }

    @Test
    void metersComeInByteOrderThenChannelThenTsAndTheFirstOfAKeyStaysFirst() {
        List<Reading> readings = List.of(reading("a_b", Channel.VOLUME, T, 1), reading("a-b", Channel.VOLUME, T, 2),
                reading("B", Channel.VOLUME, T, 3), reading("a.b", Channel.VOLUME, T.plusSeconds(1), 4),
                reading("a.b", Channel.HEAT_ENERGY, T.plusSeconds(9), 5), reading("a.b", Channel.VOLUME, T, 6),
                reading("a.b", Channel.VOLUME, T, 7));

        List<Double> values = KeyOrder.sorted(readings).stream().map(Reading::value).toList();

        // "B" < "a-b" < "a.b" < "a_b" in bytes (a linguistic collation would put "B" after "a…")
        assertThat(values).containsExactly(3.0, 2.0, 5.0, 6.0, 7.0, 4.0, 1.0);
    }

    private static Reading reading(String meter, Channel channel, Instant ts, double value) {
        return new Reading(new MeterId(meter), channel, ts, value);
    }
}
