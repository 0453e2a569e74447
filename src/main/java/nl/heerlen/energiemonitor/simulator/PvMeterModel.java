package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inverter or optimizer: instantaneous power and a lifetime energy register, which starts at
 * zero on the commissioning day and so reads years of production by now.
 */
final class PvMeterModel implements MeterModel {

    private final PvPlant plant;
    private final CumulativeRegisters energy;

    PvMeterModel(PvPlant plant, LocalDate commissionedOn) {
        this.plant = plant;
        this.energy = new CumulativeRegisters(time -> new double[] {plant.powerW(time) / 1000}, 1, commissionedOn);
    }

    @Override
    public List<Reading> readingsAt(Instant time) {
        return List.of(
                new Reading(time, Channel.PV_ENERGY, energy.at(time)[0]),
                new Reading(time, Channel.PV_POWER, plant.powerW(time)));
    }
}
