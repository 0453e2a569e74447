package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A gas meter: space heating by degree hours below 15.5 C (about 1,200 m3 a year for a
 * household, 15 times that otherwise) with the boiler off at night, plus hot water and cooking.
 */
final class GasMeterModel implements MeterModel {

    private static final double HEATING_LIMIT = 15.5;

    private final double scale;
    private final Weather weather;
    private final CumulativeRegisters volume;

    GasMeterModel(boolean household, Weather weather, LocalDate commissionedOn) {
        this.scale = household ? 1 : 15;
        this.weather = weather;
        this.volume = new CumulativeRegisters(time -> new double[] {flowM3PerHour(time)}, 1, commissionedOn);
    }

    @Override
    public List<Reading> readingsAt(Instant time) {
        return List.of(new Reading(time, Channel.GAS_VOLUME, volume.at(time)[0]));
    }

    private double flowM3PerHour(Instant time) {
        AmsterdamTime local = AmsterdamTime.of(time);
        double thermostat = local.isBetween(6, 23) ? 1.15 : 0.4;
        double heating = 0.015 * Math.max(0, HEATING_LIMIT - weather.outdoorTemperature(time)) * thermostat;
        double hotWater = local.isBetween(7, 21) ? 0.03 : 0.005;
        return scale * (heating + hotWater);
    }
}
