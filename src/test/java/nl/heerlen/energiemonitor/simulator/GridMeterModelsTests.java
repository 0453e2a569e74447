package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Electricity and gas meters (the Heerlen fleet's homes and Mijnwater heat pumps). */
class GridMeterModelsTests {

    private static final LocalDate COMMISSIONED = LocalDate.of(2024, 1, 1);
    private static final Instant ONE_YEAR_LATER = Instant.parse("2025-01-01T00:00:00Z");

    private final FleetPhysics physics = new FleetPhysics(2018);

    @Test
    void householdWithoutSolarImportsAboutThreeThousandKwhAYearAndExportsNothing() {
        List<Reading> readings = MeterModels.create(household(MeterKind.ELECTRICITY_METER, 0), physics)
                .readingsAt(ONE_YEAR_LATER);

        assertThat(readings.get(0).channel()).isEqualTo(Channel.ELECTRICITY_IMPORT);
        assertThat(readings.get(0).value()).isBetween(2_500.0, 4_000.0);
        assertThat(readings.get(1).value()).isZero();
    }

    @Test
    void householdWithSolarExportsItsMiddaySurplus() {
        List<Reading> readings = MeterModels.create(household(MeterKind.ELECTRICITY_METER, 4.0), physics)
                .readingsAt(ONE_YEAR_LATER);

        assertThat(readings.get(1).channel()).isEqualTo(Channel.ELECTRICITY_EXPORT);
        assertThat(readings.get(1).value()).isBetween(1_000.0, 3_500.0);
    }

    @Test
    void householdBurnsRoughlyTwelveHundredCubicMetresOfGasAYear() {
        List<Reading> readings = MeterModels.create(household(MeterKind.GAS_METER, 0), physics)
                .readingsAt(ONE_YEAR_LATER);

        assertThat(readings).singleElement().satisfies(gas -> {
            assertThat(gas.channel()).isEqualTo(Channel.GAS_VOLUME);
            assertThat(gas.value()).isBetween(800.0, 1_600.0);
        });
    }

    @Test
    void aHomeOffGasImportsTheHeatItsBoilerGaveDividedByTheHeatPumpsCop() {
        MeterSeed withoutHeatPump = household(MeterKind.ELECTRICITY_METER, 0);
        MeterSeed withHeatPump = new MeterSeed("home-hp", MeterKind.ELECTRICITY_METER, "netbeheer", "home", 0,
                COMMISSIONED, 180, 35, Duration.ofMinutes(15), 50.89, 5.98, true, "home", null, COMMISSIONED);

        double extra = importKwh(withHeatPump) - importKwh(withoutHeatPump);

        // About 1,200 m3 of gas at 8.8 kWh/m3 is some 10,500 kWh of heat; with a seasonal COP near 3.3:
        assertThat(extra).isBetween(2_000.0, 4_500.0);
    }

    @Test
    void aMijnwaterHeatPumpMeterFollowsTheHeatMeterOfItsBuilding() {
        MeterSeed heat = new MeterSeed("heat-x", MeterKind.HEAT_METER, "mijnwater", "mw-x", 0, COMMISSIONED, 180, 35,
                Duration.ofMinutes(15), 50.89, 5.98, false, "mijnwater_building", null, null);
        MeterSeed heatPump = new MeterSeed("hp-x", MeterKind.ELECTRICITY_METER, "mijnwater", "mw-x", 0, COMMISSIONED,
                180, 35, Duration.ofMinutes(15), 50.89, 5.98, false, "mijnwater_building", null, COMMISSIONED);

        double heatKwh = MeterModels.create(heat, physics).readingsAt(ONE_YEAR_LATER).get(0).value();
        double electricityKwh = importKwh(heatPump);

        assertThat(electricityKwh / heatKwh).isBetween(0.2, 0.3);
    }

    private double importKwh(MeterSeed meter) {
        return MeterModels.create(meter, physics).readingsAt(ONE_YEAR_LATER).get(0).value();
    }

    private static MeterSeed household(MeterKind kind, double solarKwp) {
        return new MeterSeed("home-" + kind, kind, "netbeheer", "home", solarKwp, COMMISSIONED, 180, 35,
                Duration.ofMinutes(15), 50.89, 5.98, true);
    }
}
