package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grid connection meter: import and export registers from a daily load profile (household:
 * morning and evening peaks, about 3,000 kWh a year; a building: weekday daytime, about 15 times
 * larger; a heat-pump sub-meter: none), plus a heat pump if there is one, netted against the PV
 * behind the meter, if the seeds give it a capacity.
 */
final class ElectricityMeterModel implements MeterModel {

    /** The consumption behind the meter besides a heat pump. */
    enum BaseLoad { HOUSEHOLD, BUILDING, NONE }

    private final BaseLoad baseLoad;
    private final PvPlant rooftop;
    private final HeatPump heatPump;
    private final SeededNoise noise;
    private final CumulativeRegisters registers;

    ElectricityMeterModel(BaseLoad baseLoad, PvPlant rooftop, HeatPump heatPump, SeededNoise noise,
                          LocalDate commissionedOn) {
        this.baseLoad = baseLoad;
        this.rooftop = rooftop;
        this.heatPump = heatPump;
        this.noise = noise;
        this.registers = new CumulativeRegisters(this::rates, 2, commissionedOn);
    }

    @Override
    public List<Reading> readingsAt(Instant time) {
        double[] totals = registers.at(time);
        return List.of(
                new Reading(time, Channel.ELECTRICITY_IMPORT, totals[0]),
                new Reading(time, Channel.ELECTRICITY_EXPORT, totals[1]));
    }

    /** kW imported, kW exported. */
    private double[] rates(Instant time) {
        double pv = rooftop.isNone() ? 0 : rooftop.powerW(time) / 1000;
        double net = loadKw(time) + heatPump.kw(time) - pv;
        return new double[] {Math.max(0, net), Math.max(0, -net)};
    }

    private double loadKw(Instant time) {
        if (baseLoad == BaseLoad.NONE) {
            return 0;
        }
        AmsterdamTime local = AmsterdamTime.of(time);
        double variation = 1 + 0.2 * noise.smooth(11, time.getEpochSecond(), 900);
        return (baseLoad == BaseLoad.HOUSEHOLD ? householdKw(local.hour()) : 15 * buildingKw(local)) * variation;
    }

    private static double householdKw(int hour) {
        if (hour < 6) {
            return 0.15;
        }
        if (hour < 9) {
            return 0.5;
        }
        if (hour < 17) {
            return 0.3;
        }
        return hour < 22 ? 0.8 : 0.3;
    }

    private static double buildingKw(AmsterdamTime local) {
        return local.weekday() && local.isBetween(7, 18) ? 1.0 : 0.25;
    }
}
