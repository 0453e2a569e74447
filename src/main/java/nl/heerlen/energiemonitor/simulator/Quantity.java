package nl.heerlen.energiemonitor.simulator;

/** What a channel measures; each has one canonical unit in which the models compute. */
enum Quantity {
    ENERGY("kWh"),
    POWER("W"),
    VOLUME("m3"),
    TEMPERATURE("Cel");

    private final String canonicalUnit;

    Quantity(String canonicalUnit) {
        this.canonicalUnit = canonicalUnit;
    }

    String canonicalUnit() {
        return canonicalUnit;
    }
}
