package nl.heerlen.energiemonitor.simulator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the meters of one fleet share: the town's weather, the sizes of each site's building, and
 * the registers of meters that differ only in size. PV output is linear in capacity (the inverter
 * never clips in this climate model), so every panel on a roof plane reads its capacity times one
 * shared per-kWp register, and every gas meter a multiple of one household's: the centre's 5000
 * optimizers integrate some hundred planes, not 5000 histories of years.
 * Not thread-safe, like the registers it holds.
 */
final class FleetPhysics {

    private final Weather weather;
    private final SeededNoise noise;
    private final Map<Plane, CumulativeRegisters> planes = new HashMap<>();
    private final Map<Integer, CumulativeRegisters> householdGas = new HashMap<>();

    FleetPhysics(long randomSeed) {
        this.weather = new Weather(randomSeed);
        this.noise = new SeededNoise(randomSeed);
    }

    Weather weather() {
        return weather;
    }

    /** The meter's own random stream: sizes, noise and device behaviour differ between meters. */
    SeededNoise meterNoise(MeterSeed meter) {
        return noise.derive(meter.id());
    }

    /** The heating and cooling demand of the building on a site, the same for all its meters. */
    HeatDemand buildingDemand(String siteId) {
        SeededNoise site = noise.derive("site:" + siteId);
        return new HeatDemand(8 + 12 * site.uniform(22, 0), 10 + 15 * site.uniform(23, 0),
                5 + 25 * site.uniform(24, 0), weather);
    }

    PvPlant plant(MeterSeed meter, double systemFactor) {
        return new PvPlant(meter.capacityKwp(), meter.azimuthDeg(), meter.tiltDeg(), meter.latitude(),
                meter.longitude(), systemFactor, weather);
    }

    /**
     * The PV energy register of a meter with the given effective capacity: that many times the kWh
     * of one kWp on its plane, integrated once for all meters on the plane commissioned in a year.
     */
    ScaledRegister pvEnergy(MeterSeed meter, double kwpEffective) {
        Plane plane = new Plane(meter.latitude(), meter.longitude(), meter.azimuthDeg(), meter.tiltDeg(),
                meter.commissionedOn().getYear());
        CumulativeRegisters unit = planes.computeIfAbsent(plane, key -> {
            PvPlant onePeak = new PvPlant(1, key.azimuth(), key.tilt(), key.latitude(), key.longitude(), 1, weather);
            return new CumulativeRegisters(time -> new double[] {onePeak.powerW(time) / 1000}, 1,
                    LocalDate.of(key.year(), 1, 1));
        });
        return new ScaledRegister(unit, kwpEffective, meter.commissionedOn());
    }

    /** The gas volume register of a meter burning that many households' worth. */
    ScaledRegister gasVolume(MeterSeed meter, double households) {
        CumulativeRegisters household = householdGas.computeIfAbsent(meter.commissionedOn().getYear(),
                year -> new CumulativeRegisters(
                        time -> new double[] {GasMeterModel.householdFlowM3PerHour(weather, time)}, 1,
                        LocalDate.of(year, 1, 1)));
        return new ScaledRegister(household, households, meter.commissionedOn());
    }

    private record Plane(double latitude, double longitude, double azimuth, double tilt, int year) {
    }
}
