package nl.heerlen.energiemonitor.registry;

/** What a channel measures, with the canonical unit every stored value is in. */
public enum Quantity {
    ENERGY("kWh"),
    VOLUME("m3"),
    POWER("W"),
    TEMPERATURE("Cel");

    private final String canonicalUnit;

    Quantity(String canonicalUnit) {
        this.canonicalUnit = canonicalUnit;
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }
}
