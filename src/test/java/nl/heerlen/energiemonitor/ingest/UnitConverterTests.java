package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.heerlen.energiemonitor.registry.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitConverterTests {
    @ParameterizedTest(name = "{1} {2} = {3} {0}")
    @CsvSource({
            "ENERGY, 1500, Wh, 1.5",
            "ENERGY, 2.5, kWh, 2.5",
            "ENERGY, 1.2, MWh, 1200",
            "ENERGY, 3600000, J, 1",
            "ENERGY, 7200, kJ, 2",
            "ENERGY, 36, MJ, 10",
            "ENERGY, 1, GJ, 277.7777777777778",
            "VOLUME, 4.2, m3, 4.2",
            "VOLUME, 1500, L, 1.5",
            "POWER, 2.5, kW, 2500",
            "POWER, 800, W, 800",
            "TEMPERATURE, 28.5, Cel, 28.5"})
    void convertsToTheCanonicalUnit(Quantity quantity, double value, String unit, double expected) {
        assertThat(UnitConverter.toCanonical(quantity, unit, value).getAsDouble()).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{1} is not a unit of {0}")
    @CsvSource({"ENERGY, W", "ENERGY, kwh", "ENERGY, mWh", "POWER, kWh", "VOLUME, kWh", "TEMPERATURE, K", "ENERGY, ''"})
    void refusesUnitsOfOtherQuantitiesAndWrongCase(Quantity quantity, String unit) {
        assertThat(UnitConverter.toCanonical(quantity, unit, 1.0)).isEmpty();
    }
}
