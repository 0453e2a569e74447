package nl.heerlen.energiemonitor.simulator;

/** What a channel measures; each has one canonical unit in which the models compute. */
enum Quantity {
    /** Canonical kWh. */
    ENERGY,
    /** Canonical W. */
    POWER,
    /** Canonical m3. */
    VOLUME,
    /** Canonical Cel. */
    TEMPERATURE
}
