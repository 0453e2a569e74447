package nl.heerlen.energiemonitor.simulator;

/**
 * Units the contract accepts, with the factor from the canonical unit of their quantity and the
 * decimals a real meter would show (coarse units such as GJ round like a Mijnwater display).
 */
enum Unit {
    WH("Wh", Quantity.ENERGY, 1000, 0),
    KWH("kWh", Quantity.ENERGY, 1, 3),
    MWH("MWh", Quantity.ENERGY, 0.001, 4),
    MJ("MJ", Quantity.ENERGY, 3.6, 2),
    GJ("GJ", Quantity.ENERGY, 0.0036, 3),
    W("W", Quantity.POWER, 1, 1),
    KW("kW", Quantity.POWER, 0.001, 4),
    M3("m3", Quantity.VOLUME, 1, 3),
    CEL("Cel", Quantity.TEMPERATURE, 1, 2);

    private final String symbol;
    private final Quantity quantity;
    private final double perCanonicalUnit;
    private final int decimals;

    Unit(String symbol, Quantity quantity, double perCanonicalUnit, int decimals) {
        this.symbol = symbol;
        this.quantity = quantity;
        this.perCanonicalUnit = perCanonicalUnit;
        this.decimals = decimals;
    }

    String symbol() {
        return symbol;
    }

    Quantity quantity() {
        return quantity;
    }

    double fromCanonical(double value) {
        return value * perCanonicalUnit;
    }

    int decimals() {
        return decimals;
    }
}
