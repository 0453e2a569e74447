package nl.heerlen.energiemonitor.simulator;

/**
 * Chooses and sizes the physics for a meter. Sizes the seeds do not give (building heat loss,
 * PV system losses) are drawn from the meter's own noise stream, so they vary between meters
 * but stay the same for a given seed.
 */
final class MeterModels {

    private MeterModels() {
    }

    static MeterModel create(MeterSeed meter, Weather weather, SeededNoise noise) {
        return switch (meter.kind()) {
            case PV_INVERTER, PV_OPTIMIZER -> new PvMeterModel(
                    rooftop(meter, 0.90 + 0.08 * noise.uniform(21, 0), weather), meter.commissionedOn());
            case HEAT_METER -> new HeatMeterModel(
                    new HeatDemand(8 + 12 * noise.uniform(22, 0), 10 + 15 * noise.uniform(23, 0),
                            5 + 25 * noise.uniform(24, 0), weather),
                    noise, meter.commissionedOn());
            case ELECTRICITY_METER -> new ElectricityMeterModel(meter.household(),
                    rooftop(meter, 0.95, weather), noise, meter.commissionedOn());
            case GAS_METER -> new GasMeterModel(meter.household(), weather, meter.commissionedOn());
        };
    }

    private static PvPlant rooftop(MeterSeed meter, double systemFactor, Weather weather) {
        return new PvPlant(meter.capacityKwp(), meter.azimuthDeg(), meter.tiltDeg(),
                meter.latitude(), meter.longitude(), systemFactor, weather);
    }
}
