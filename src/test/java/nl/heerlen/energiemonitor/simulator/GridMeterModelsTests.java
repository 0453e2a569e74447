package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Electricity and gas meters, which the demo seeds do not contain yet but the contract allows. */
class GridMeterModelsTests {

    private static final LocalDate COMMISSIONED = LocalDate.of(2024, 1, 1);
    private static final Instant ONE_YEAR_LATER = Instant.parse("2025-01-01T00:00:00Z");

    private final Weather weather = new Weather(2018);

    @Test
    void householdWithoutSolarImportsAboutThreeThousandKwhAYearAndExportsNothing() {
        List<Reading> readings = MeterModels.create(household(MeterKind.ELECTRICITY_METER, 0), weather, new SeededNoise(1))
                .readingsAt(ONE_YEAR_LATER);

        assertThat(readings.get(0).channel()).isEqualTo(Channel.ELECTRICITY_IMPORT);
        assertThat(readings.get(0).value()).isBetween(2_500.0, 4_000.0);
        assertThat(readings.get(1).value()).isZero();
    }

    @Test
    void householdWithSolarExportsItsMiddaySurplus() {
        List<Reading> readings = MeterModels.create(household(MeterKind.ELECTRICITY_METER, 4.0), weather, new SeededNoise(1))
                .readingsAt(ONE_YEAR_LATER);

        assertThat(readings.get(1).channel()).isEqualTo(Channel.ELECTRICITY_EXPORT);
        assertThat(readings.get(1).value()).isBetween(1_000.0, 3_500.0);
    }

    @Test
    void householdBurnsRoughlyTwelveHundredCubicMetresOfGasAYear() {
        List<Reading> readings = MeterModels.create(household(MeterKind.GAS_METER, 0), weather, new SeededNoise(1))
                .readingsAt(ONE_YEAR_LATER);

        assertThat(readings).singleElement().satisfies(gas -> {
            assertThat(gas.channel()).isEqualTo(Channel.GAS_VOLUME);
            assertThat(gas.value()).isBetween(800.0, 1_600.0);
        });
    }

    private static MeterSeed household(MeterKind kind, double solarKwp) {
        return new MeterSeed("home-" + kind, kind, "netbeheer", "home", solarKwp, COMMISSIONED, 180, 35,
                Duration.ofMinutes(15), 50.89, 5.98, true);
    }
}
