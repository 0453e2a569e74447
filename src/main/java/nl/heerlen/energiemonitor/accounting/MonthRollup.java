package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.Objects;

/** One stored Amsterdam calendar month of a channel (or of a group of meters, with seconds averaged per meter). */
record MonthRollup(Instant start, double energy, double measuredSeconds, double estimatedSeconds,
                   double implausibleEnergy) implements StoredRollup {
    MonthRollup {
        Objects.requireNonNull(start, "start");
        if (!Resolution.MONTH.isAligned(start)) {
            throw new IllegalArgumentException("month start " + start + " is not the first Amsterdam midnight of a month");
        }
        if (!Double.isFinite(energy) || !(measuredSeconds >= 0) || !(estimatedSeconds >= 0)) {
            throw new IllegalArgumentException("invalid month rollup at " + start);
        }
    }
}
