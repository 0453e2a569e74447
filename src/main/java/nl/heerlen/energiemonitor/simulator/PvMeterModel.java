package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.List;

/**
 * An inverter or optimizer: instantaneous power and a lifetime energy register, which starts at
 * zero on the commissioning day and so reads years of production by now.
 */
final class PvMeterModel implements MeterModel {

    private final PvPlant plant;
    private final ScaledRegister energy;

    PvMeterModel(PvPlant plant, ScaledRegister energy) {
        this.plant = plant;
        this.energy = energy;
    }

    @Override
    public List<Reading> readingsAt(Instant time) {
        return List.of(
                new Reading(time, Channel.PV_ENERGY, energy.at(time)),
                new Reading(time, Channel.PV_POWER, plant.powerW(time)));
    }
}
