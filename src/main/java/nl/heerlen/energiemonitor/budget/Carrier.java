package nl.heerlen.energiemonitor.budget;

import java.util.Arrays;

/** Energy carriers with an emission factor, each in the unit its factor is given per. */
public enum Carrier {
    ELECTRICITY("electricity", "kWh"), NATURAL_GAS("natural_gas", "m3"), HEAT("heat", "GJ");

    private final String wireName;
    private final String unit;

    Carrier(String wireName, String unit) {
        this.wireName = wireName;
        this.unit = unit;
    }

    public String wireName() {
        return wireName;
    }

    public String unit() {
        return unit;
    }

    public static Carrier parse(String text) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("carrier must be electricity, natural_gas or heat, not " + text));
    }
}
