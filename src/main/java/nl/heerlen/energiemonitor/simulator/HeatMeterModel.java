package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Mijnwater heat meter: heat and cold energy registers, a volume register consistent with
 * them (kWh = m3 x 1.163 x dT), and the supply and return temperatures of the circuit that
 * dominates (heating about 28/20 C, cooling about 16/21 C, as in a low-temperature grid).
 */
final class HeatMeterModel implements MeterModel {

    /** kWh per m3 of water per kelvin. */
    private static final double WATER_HEAT_CAPACITY = 1.163;

    private final HeatDemand demand;
    private final SeededNoise noise;
    private final CumulativeRegisters registers;

    HeatMeterModel(HeatDemand demand, SeededNoise noise, LocalDate commissionedOn) {
        this.demand = demand;
        this.noise = noise;
        this.registers = new CumulativeRegisters(this::rates, 3, commissionedOn);
    }

    @Override
    public List<Reading> readingsAt(Instant time) {
        double[] totals = registers.at(time);
        HeatDemand.Load load = demand.at(time);
        double heat = load.heatingKw();
        double cold = load.coolingKw();
        // Sensor noise of a few hundredths, fixed per minute so a reading is reproducible.
        double jitter = 0.05 * noise.signed(7, time.getEpochSecond() / 60);
        double supply;
        double returned;
        if (heat >= cold) {
            supply = 28 + 0.1 * Math.max(0, 10 - load.outdoorTemperature()) + jitter;
            returned = supply - heatingDeltaT(heat);
        } else {
            supply = 16 + jitter;
            returned = supply + coolingDeltaT(cold);
        }
        return List.of(
                new Reading(time, Channel.HEAT_ENERGY, totals[0]),
                new Reading(time, Channel.COLD_ENERGY, totals[1]),
                new Reading(time, Channel.VOLUME, totals[2]),
                new Reading(time, Channel.SUPPLY_TEMP, supply),
                new Reading(time, Channel.RETURN_TEMP, returned));
    }

    /** kW heat, kW cold, m3/h through the meter (both circuits). */
    private double[] rates(Instant time) {
        HeatDemand.Load load = demand.at(time);
        double heat = load.heatingKw();
        double cold = load.coolingKw();
        double flow = heat / (WATER_HEAT_CAPACITY * heatingDeltaT(heat))
                + cold / (WATER_HEAT_CAPACITY * coolingDeltaT(cold));
        return new double[] {heat, cold, flow};
    }

    /** Spread widens with load, as flow is throttled at part load: 6 to 8 K. */
    private double heatingDeltaT(double heatKw) {
        return 6 + 2 * Math.min(1, heatKw / demand.designHeatingKw());
    }

    /** 3 to 6 K. */
    private double coolingDeltaT(double coldKw) {
        return 3 + 3 * Math.min(1, coldKw / demand.designCoolingKw());
    }
}
