package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeatMeterModelTests {

    private final Weather weather = new Weather(2018);
    private final HeatMeterModel meter = new HeatMeterModel(new HeatDemand(15, 20, 10, weather),
            new SeededNoise(1), LocalDate.of(2018, 1, 1));

    @Test
    void heatingModeRunsAtAboutTwentyEightOverTwenty() {
        // A weekday morning in January: the heating circuit dominates.
        List<Reading> readings = meter.readingsAt(Instant.parse("2025-01-14T09:00:00Z"));

        assertThat(value(readings, Channel.SUPPLY_TEMP)).isBetween(27.5, 31.5);
        assertThat(value(readings, Channel.RETURN_TEMP)).isBetween(19.5, 25.5);
    }

    @Test
    void volumeFollowsFromEnergyAndTemperatureDifference() {
        List<Reading> before = meter.readingsAt(Instant.parse("2025-01-14T00:00:00Z"));
        List<Reading> after = meter.readingsAt(Instant.parse("2025-01-21T00:00:00Z"));
        double heat = value(after, Channel.HEAT_ENERGY) - value(before, Channel.HEAT_ENERGY);
        double cold = value(after, Channel.COLD_ENERGY) - value(before, Channel.COLD_ENERGY);
        double volume = value(after, Channel.VOLUME) - value(before, Channel.VOLUME);

        // kWh = m3 x 1.163 x dT, with dT 6..8 K for heating and 3..6 K for cooling.
        assertThat(volume).isBetween(heat / (1.163 * 8) + cold / (1.163 * 6), heat / (1.163 * 6) + cold / (1.163 * 3));
    }

    private static double value(List<Reading> readings, Channel channel) {
        return readings.stream().filter(r -> r.channel() == channel).findFirst().orElseThrow().value();
    }
}
