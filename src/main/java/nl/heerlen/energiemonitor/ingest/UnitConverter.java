package nl.heerlen.energiemonitor.ingest;

import java.util.Map;
import java.util.OptionalDouble;
import nl.heerlen.energiemonitor.registry.Quantity;

/** Converts a value in a device's unit to the canonical unit of the channel's quantity (kWh, m3, W, Cel). */
final class UnitConverter {
    private static final Map<Quantity, Map<String, Double>> FACTORS = Map.of(
            Quantity.ENERGY, Map.of("Wh", 1e-3, "kWh", 1.0, "MWh", 1e3, "J", 1 / 3.6e6, "kJ", 1 / 3.6e3,
                    "MJ", 1 / 3.6, "GJ", 1e3 / 3.6),
            Quantity.VOLUME, Map.of("m3", 1.0, "m³", 1.0, "L", 1e-3, "l", 1e-3),
            Quantity.POWER, Map.of("W", 1.0, "kW", 1e3, "MW", 1e6),
            Quantity.TEMPERATURE, Map.of("Cel", 1.0, "°C", 1.0));

    private UnitConverter() {
    }

    /** Empty when the unit is not one of the quantity's; unit symbols are case-sensitive (mW is not MW). */
    static OptionalDouble toCanonical(Quantity quantity, String unit, double value) {
        Double factor = unit == null ? null : FACTORS.get(quantity).get(unit);
        return factor == null ? OptionalDouble.empty() : OptionalDouble.of(value * factor);
    }
}
