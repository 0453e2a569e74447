package nl.heerlen.energiemonitor.simulator;

/** The channels of MQTT contract v1, by their wire names. */
enum Channel {
    PV_ENERGY("pv_energy", Quantity.ENERGY),
    PV_POWER("pv_power", Quantity.POWER),
    HEAT_ENERGY("heat_energy", Quantity.ENERGY),
    COLD_ENERGY("cold_energy", Quantity.ENERGY),
    SUPPLY_TEMP("supply_temp", Quantity.TEMPERATURE),
    RETURN_TEMP("return_temp", Quantity.TEMPERATURE),
    VOLUME("volume", Quantity.VOLUME),
    ELECTRICITY_IMPORT("electricity_import", Quantity.ENERGY),
    ELECTRICITY_EXPORT("electricity_export", Quantity.ENERGY),
    GAS_VOLUME("gas_volume", Quantity.VOLUME);

    private final String wireName;
    private final Quantity quantity;

    Channel(String wireName, Quantity quantity) {
        this.wireName = wireName;
        this.quantity = quantity;
    }

    String wireName() {
        return wireName;
    }

    Quantity quantity() {
        return quantity;
    }
}
