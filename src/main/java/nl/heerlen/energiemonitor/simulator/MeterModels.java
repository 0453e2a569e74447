package nl.heerlen.energiemonitor.simulator;

/**
 * Chooses and sizes the physics for a meter. Sizes the seeds do not give (building heat loss,
 * PV system losses) are drawn from the meter's or its site's noise stream, so they vary between
 * meters but stay the same for a given seed.
 */
final class MeterModels {

    private static final String MIJNWATER_BUILDING = "mijnwater_building";

    private MeterModels() {
    }

    static MeterModel create(MeterSeed meter, FleetPhysics physics) {
        SeededNoise noise = physics.meterNoise(meter);
        return switch (meter.kind()) {
            case PV_INVERTER, PV_OPTIMIZER -> {
                double systemFactor = 0.90 + 0.08 * noise.uniform(21, 0);
                yield new PvMeterModel(physics.plant(meter, systemFactor),
                        physics.pvEnergy(meter, meter.capacityKwp() * systemFactor));
            }
            case HEAT_METER -> new HeatMeterModel(physics.buildingDemand(meter.siteId()), noise, meter.commissionedOn());
            case ELECTRICITY_METER -> new ElectricityMeterModel(baseLoad(meter), physics.plant(meter, 0.95),
                    heatPump(meter, physics), noise, meter.commissionedOn());
            case GAS_METER -> new GasMeterModel(physics.gasVolume(meter, GasMeterModel.households(meter.household())));
        };
    }

    private static ElectricityMeterModel.BaseLoad baseLoad(MeterSeed meter) {
        if (MIJNWATER_BUILDING.equals(meter.siteKind())) {
            return ElectricityMeterModel.BaseLoad.NONE;
        }
        return meter.household() ? ElectricityMeterModel.BaseLoad.HOUSEHOLD : ElectricityMeterModel.BaseLoad.BUILDING;
    }

    private static HeatPump heatPump(MeterSeed meter, FleetPhysics physics) {
        if (meter.heatPumpFrom() == null) {
            return HeatPump.NONE;
        }
        return MIJNWATER_BUILDING.equals(meter.siteKind())
                ? HeatPump.mijnwater(physics.buildingDemand(meter.siteId()), meter.heatPumpFrom())
                : HeatPump.home(physics.weather(), meter.heatPumpFrom());
    }
}
