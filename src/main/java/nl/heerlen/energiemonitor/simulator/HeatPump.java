package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;

/** The electricity a heat pump draws: the heat it delivers divided by its coefficient of performance. */
interface HeatPump {

    HeatPump NONE = time -> 0;

    /** Electric power in kW at the moment. */
    double kw(Instant time);

    /**
     * An air-source heat pump replacing a home's gas boiler from the day the home went off gas: the
     * heat the boiler gave (gas use at 8.8 kWh per m3), with a COP from 2 at -10 C to 4.5 at 15 C.
     */
    static HeatPump home(Weather weather, LocalDate from) {
        Instant start = AmsterdamTime.startOf(from);
        return time -> {
            if (time.isBefore(start)) {
                return 0;
            }
            double outdoor = weather.outdoorTemperature(time);
            double cop = Math.max(2, Math.min(4.5, 2 + 0.1 * (outdoor + 10)));
            return GasMeterModel.householdFlowM3PerHour(weather, time) * 8.8 / cop;
        };
    }

    /**
     * The heat pumps of a building on the Mijnwater grid: they lift 28 C mine water for heating
     * (COP about 4.5) and mostly pass the cold through, with a little compressor work (COP about 10).
     */
    static HeatPump mijnwater(HeatDemand demand, LocalDate from) {
        Instant start = AmsterdamTime.startOf(from);
        return time -> {
            if (time.isBefore(start)) {
                return 0;
            }
            HeatDemand.Load load = demand.at(time);
            return load.heatingKw() / 4.5 + load.coolingKw() / 10;
        };
    }
}
