package nl.heerlen.energiemonitor.budget;

import java.util.Objects;

/** A yearly target on the PALET path: the remaining task (TJ) that year. */
public record PaletTarget(String area, int year, double remainingTj, String source, DataStatus status) {
    public PaletTarget {
        Measure.requireText(area, "area");
        Measure.requireText(source, "source");
        Objects.requireNonNull(status, "status");
        if (!(remainingTj >= 0)) {
            throw new IllegalArgumentException("the remaining task must not be negative");
        }
    }
}
