package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The CO2 arithmetic, checked against figures worked out by hand. */
class AvoidedEmissionsTests {

    @Test
    void pvReplacesGridElectricity() {
        // 1 000 kWh x 0.300 kg/kWh = 300 kg
        assertThat(AvoidedEmissions.pvKg(1_000, 0.300)).isCloseTo(300.0, within(1e-9));
    }

    @Test
    void mijnwaterHeatIsGasNotBurntMinusHeatPumpElectricity() {
        // 9 000 kWh heat / 0.9 efficiency = 10 000 kWh gas; / 10 kWh per m3 = 1 000 m3; x 1.78 = 1 780 kg
        // heat pumps: 1 500 kWh x 0.3 = 450 kg; avoided 1 780 - 450 = 1 330 kg
        assertThat(AvoidedEmissions.gasM3ForHeat(9_000, 0.9, 10)).isCloseTo(1_000.0, within(1e-9));
        assertThat(AvoidedEmissions.mijnwaterKg(9_000, 1_500, 0.9, 10, 1.78, 0.3)).isCloseTo(1_330.0, within(1e-9));
    }

    @Test
    void gasContentFromTheLowerHeatingValue() {
        // 31.65 MJ per m3 / 3.6 MJ per kWh = 8.7917 kWh per m3: 8 791.7 kWh of boiler input is 1 000 m3
        assertThat(AvoidedEmissions.gasM3ForHeat(8_791.7 * 0.9, 0.9, 31.65 / 3.6)).isCloseTo(1_000.0, within(0.01));
    }

    @Test
    void heatPumpsUsingMoreThanTheGasSavedGiveANegativeEffect() {
        assertThat(AvoidedEmissions.mijnwaterKg(1_000, 10_000, 0.9, 10, 1.78, 0.3)).isNegative();
    }

    @Test
    void mijnwaterColdReplacesACompressionChiller() {
        // cold 8 000 kWh / SEER 4 = 2 000 kWh a chiller would have used
        // heat 9 000 kWh -> 1 000 m3 x 1.78 = 1 780 kg; chiller 2 000 x 0.3 = 600 kg; heat pumps 1 500 x 0.3 = 450 kg
        // avoided 1 780 + 600 - 450 = 1 930 kg (the heat pumps' electricity is subtracted once, not per service)
        assertThat(AvoidedEmissions.chillerKwhForCold(8_000, 4)).isCloseTo(2_000.0, within(1e-9));
        assertThat(AvoidedEmissions.mijnwaterKg(9_000, 8_000, 1_500, 0.9, 10, 4, 1.78, 0.3)).isCloseTo(1_930.0, within(1e-9));
        assertThat(AvoidedEmissions.mijnwaterKg(9_000, 0, 1_500, 0.9, 10, 4, 1.78, 0.3))
                .isCloseTo(AvoidedEmissions.mijnwaterKg(9_000, 1_500, 0.9, 10, 1.78, 0.3), within(1e-9));
        assertThatThrownBy(() -> AvoidedEmissions.chillerKwhForCold(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void homesOffGas() {
        assertThat(AvoidedEmissions.homesOffGasKg(3, 1_200, 1.78)).isCloseTo(6_408.0, within(1e-9));
    }

    @Test
    void refusesImpossibleBoilers() {
        assertThatThrownBy(() -> AvoidedEmissions.gasM3ForHeat(100, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
