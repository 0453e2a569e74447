package nl.heerlen.energiemonitor.budget;

import java.util.Objects;

/**
 * The PALET task of an area: energy used in the base year minus what was generated renewably within the region then
 * (the "remaining" task, in TJ), to be brought to {@code targetRemainingTj} (zero: energy neutral) in the target year.
 */
public record PaletBaseline(String area, int baseYear, double baseUseTj, double baseRenewableTj, int targetYear,
                            double targetRemainingTj, String source, DataStatus status) {
    public PaletBaseline {
        Measure.requireText(area, "area");
        Measure.requireText(source, "source");
        Objects.requireNonNull(status, "status");
        if (!(baseUseTj >= 0) || !(baseRenewableTj >= 0) || !(targetRemainingTj >= 0)) {
            throw new IllegalArgumentException("PALET figures must not be negative");
        }
        if (targetYear <= baseYear) {
            throw new IllegalArgumentException("the target year must come after the base year");
        }
    }

    public double baseRemainingTj() {
        return Math.max(0, baseUseTj - baseRenewableTj);
    }
}
