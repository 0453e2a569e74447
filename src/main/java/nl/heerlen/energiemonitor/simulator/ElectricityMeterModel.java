package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grid connection meter: import and export registers from a daily load profile (household:
 * morning and evening peaks, about 3,000 kWh a year; otherwise a weekday-daytime building about
 * 15 times larger) netted against the PV behind the meter, if the seeds give it a capacity.
 */
final class ElectricityMeterModel implements MeterModel {

    private final boolean household;
    private final PvPlant rooftop;
    private final SeededNoise noise;
    private final CumulativeRegisters registers;

    ElectricityMeterModel(boolean household, PvPlant rooftop, SeededNoise noise, LocalDate commissionedOn) {
        this.household = household;
        this.rooftop = rooftop;
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
        double net = loadKw(time) - rooftop.powerW(time) / 1000;
        return new double[] {Math.max(0, net), Math.max(0, -net)};
    }

    private double loadKw(Instant time) {
        AmsterdamTime local = AmsterdamTime.of(time);
        double variation = 1 + 0.2 * noise.smooth(11, time.getEpochSecond(), 900);
        return (household ? householdKw(local.hour()) : 15 * buildingKw(local)) * variation;
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
