package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PvPlantTests {

    private final Weather weather = new Weather(2018);
    private final PvPlant southRoof = new PvPlant(1.0, 180, 35, 50.89, 5.98, 1.0, weather);

    @Test
    void producesNothingAtNight() {
        assertThat(southRoof.powerW(Instant.parse("2026-06-21T23:00:00Z"))).isZero();
        assertThat(southRoof.powerW(Instant.parse("2026-12-21T04:00:00Z"))).isZero();
    }

    @Test
    void southRoofProducesMoreInJuneThanInDecember() {
        assertThat(energyKwh(LocalDate.of(2025, 6, 1), 30)).isGreaterThan(3 * energyKwh(LocalDate.of(2025, 12, 1), 30));
    }

    @Test
    void annualYieldOfASouthRoofAtThirtyFiveDegreesIsTypicalForTheNetherlands() {
        double yieldKwhPerKwp = energyKwh(LocalDate.of(2025, 1, 1), 365);

        assertThat(yieldKwhPerKwp).isBetween(800.0, 1100.0);
    }

    @Test
    void neverExceedsTheRatedCapacity() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (long step = 0; step < 365 * 96; step++) {
            assertThat(southRoof.powerW(start.plusSeconds(step * 900))).isBetween(0.0, 1000.0);
        }
    }

    @Test
    void sameSeedSamePower() {
        PvPlant twin = new PvPlant(1.0, 180, 35, 50.89, 5.98, 1.0, new Weather(2018));
        Instant noon = Instant.parse("2025-05-05T11:40:00Z");

        assertThat(twin.powerW(noon)).isEqualTo(southRoof.powerW(noon)).isPositive();
    }

    /** Integrates power at 15-minute steps, as the brief's acceptance yield is defined. */
    private double energyKwh(LocalDate from, int days) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        double wattHours = 0;
        for (long step = 0; step < days * 96L; step++) {
            wattHours += southRoof.powerW(start.plusSeconds(step * 900)) * 0.25;
        }
        return wattHours / 1000;
    }
}
