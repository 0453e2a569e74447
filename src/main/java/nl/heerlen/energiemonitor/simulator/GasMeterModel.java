package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A gas meter: space heating by degree hours below 15.5 C (about 1,200 m3 a year for a
 * household, 15 times that otherwise) with the boiler off at night, plus hot water and cooking.
 * Every gas meter burns a multiple of the same household curve, so the volume register is that
 * multiple of one shared household register.
 */
final class GasMeterModel implements MeterModel {

    private static final double HEATING_LIMIT = 15.5;

    private final ScaledRegister volume;

    GasMeterModel(ScaledRegister volume) {
        this.volume = volume;
    }

    /** How many households' worth of gas a meter measures. */
    static double households(boolean household) {
        return household ? 1 : 15;
    }

    @Override
    public List<Reading> readingsAt(Instant time) {
        return List.of(new Reading(time, Channel.GAS_VOLUME, volume.at(time)));
    }

    /** A household's gas flow: heating with a night setback, plus hot water and cooking. */
    static double householdFlowM3PerHour(Weather weather, Instant time) {
        AmsterdamTime local = AmsterdamTime.of(time);
        double thermostat = local.isBetween(6, 23) ? 1.15 : 0.4;
        double heating = 0.015 * Math.max(0, HEATING_LIMIT - weather.outdoorTemperature(time)) * thermostat;
        double hotWater = local.isBetween(7, 21) ? 0.03 : 0.005;
        return heating + hotWater;
    }
}
