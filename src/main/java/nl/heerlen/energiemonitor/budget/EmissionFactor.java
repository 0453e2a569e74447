package nl.heerlen.energiemonitor.budget;

import java.util.Objects;

/** Kilograms CO2 per unit of a carrier in a year, on a basis, in a version; with its source and status. */
public record EmissionFactor(Carrier carrier, int year, Basis basis, int version, double kgCo2PerUnit, String unit,
                             String source, DataStatus status) {
    public EmissionFactor {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(status, "status");
        Measure.requireText(source, "source");
        if (!(kgCo2PerUnit >= 0) || !Double.isFinite(kgCo2PerUnit)) {
            throw new IllegalArgumentException("kg CO2 per unit must be a non-negative number");
        }
        if (!carrier.unit().equals(unit)) {
            throw new IllegalArgumentException("the factor of " + carrier.wireName() + " is per " + carrier.unit() + ", not per " + unit);
        }
        if (version < 1 || year < 1990 || year > 2100) {
            throw new IllegalArgumentException("version must be positive and year between 1990 and 2100");
        }
    }
}
