package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;

/**
 * Heating and cooling demand of an office building on the Mijnwater grid, from heating degree
 * hours below 15 C and cooling degree hours above 20 C, shaped by office hours (morning warm-up
 * on weekdays, setback at night and at weekends) plus a year-round cooling base for server rooms.
 */
final class HeatDemand {

    static final double HEATING_LIMIT = 15;
    static final double COOLING_LIMIT = 20;

    /** Demand at a moment, with the outdoor temperature it was derived from. */
    record Load(double heatingKw, double coolingKw, double outdoorTemperature) {
    }

    private final double heatLossKwPerK;
    private final double coolingKwPerK;
    private final double baseCoolingKw;
    private final Weather weather;

    HeatDemand(double heatLossKwPerK, double coolingKwPerK, double baseCoolingKw, Weather weather) {
        this.heatLossKwPerK = heatLossKwPerK;
        this.coolingKwPerK = coolingKwPerK;
        this.baseCoolingKw = baseCoolingKw;
        this.weather = weather;
    }

    Load at(Instant time) {
        double outdoor = weather.outdoorTemperature(time);
        AmsterdamTime local = AmsterdamTime.of(time);
        boolean occupied = local.weekday() && local.isBetween(7, 19);
        boolean warmUp = local.weekday() && local.isBetween(5, 8);

        double heatingProfile = warmUp ? 1.4 : occupied ? 1.0 : 0.55;
        double hotWater = 0.3 * heatLossKwPerK * (occupied ? 1.0 : 0.3);
        double heating = heatLossKwPerK * Math.max(0, HEATING_LIMIT - outdoor) * heatingProfile + hotWater;
        double cooling = coolingKwPerK * Math.max(0, outdoor - COOLING_LIMIT) * (occupied ? 1.0 : 0.25)
                + baseCoolingKw;
        return new Load(heating, cooling, outdoor);
    }

    /** Heating at a design day of -10 C during warm-up: the top of the heat meter's range. */
    double designHeatingKw() {
        return heatLossKwPerK * (HEATING_LIMIT + 10) * 1.4;
    }

    /** Cooling on a 32 C afternoon. */
    double designCoolingKw() {
        return coolingKwPerK * (32 - COOLING_LIMIT) + baseCoolingKw;
    }
}
