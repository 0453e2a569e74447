package nl.heerlen.energiemonitor.budget;

import java.util.Objects;
import java.util.regex.Pattern;

/** A figure used to compute avoided emissions, valid from its year on, versioned like the emission factors. */
public record Assumption(String key, int year, int version, double value, String unit, String description,
                         String source, DataStatus status) {
    public static final String GAS_KWH_PER_M3 = "gas_kwh_per_m3";
    public static final String GAS_BOILER_EFFICIENCY = "gas_boiler_efficiency";
    public static final String HOME_GAS_M3_PER_YEAR = "home_gas_m3_per_year";
    public static final String PV_YIELD_KWH_PER_KWP = "pv_yield_kwh_per_kwp";
    public static final String CHILLER_SEER = "chiller_seer";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    public Assumption {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("assumption key must be lower_snake_case, not " + key);
        }
        Measure.requireText(unit, "unit");
        Measure.requireText(description, "description");
        Measure.requireText(source, "source");
        Objects.requireNonNull(status, "status");
        if (!Double.isFinite(value) || version < 1) {
            throw new IllegalArgumentException("assumption " + key + " needs a finite value and a positive version");
        }
        if (GAS_BOILER_EFFICIENCY.equals(key) && !(value > 0 && value <= 1.1)) {
            throw new IllegalArgumentException("a boiler efficiency is a fraction, not " + value);
        }
        if (CHILLER_SEER.equals(key) && !(value > 0)) {
            throw new IllegalArgumentException("a chiller's SEER must be positive, not " + value);
        }
    }
}
