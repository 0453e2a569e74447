package nl.heerlen.energiemonitor.registry;

import java.util.Optional;

/** The channels of MQTT contract v1; cumulative channels are registers whose differences are energy or volume. */
public enum Channel {
    PV_ENERGY("pv_energy", Quantity.ENERGY, true),
    PV_POWER("pv_power", Quantity.POWER, false),
    HEAT_ENERGY("heat_energy", Quantity.ENERGY, true),
    COLD_ENERGY("cold_energy", Quantity.ENERGY, true),
    SUPPLY_TEMP("supply_temp", Quantity.TEMPERATURE, false),
    RETURN_TEMP("return_temp", Quantity.TEMPERATURE, false),
    VOLUME("volume", Quantity.VOLUME, true),
    ELECTRICITY_IMPORT("electricity_import", Quantity.ENERGY, true),
    ELECTRICITY_EXPORT("electricity_export", Quantity.ENERGY, true),
    GAS_VOLUME("gas_volume", Quantity.VOLUME, true);

    private static final Channel[] VALUES = values();

    private final String wireName;
    private final Quantity quantity;
    private final boolean cumulative;

    Channel(String wireName, Quantity quantity, boolean cumulative) {
        this.wireName = wireName;
        this.quantity = quantity;
        this.cumulative = cumulative;
    }

    public String wireName() {
        return wireName;
    }

    public Quantity quantity() {
        return quantity;
    }

    public boolean cumulative() {
        return cumulative;
    }

    public String canonicalUnit() {
        return quantity.canonicalUnit();
    }

    public static Optional<Channel> fromWireName(String name) {
        // A loop, not a stream: this runs for every reading of a backfill (docs/benchmarks.md)
        for (Channel c : VALUES) {
            if (c.wireName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
