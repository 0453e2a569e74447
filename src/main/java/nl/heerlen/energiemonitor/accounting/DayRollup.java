package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.Objects;

/** One stored Amsterdam calendar day of a channel (or of a group of meters, with seconds averaged per meter). */
record DayRollup(Instant start, double energy, double measuredSeconds, double estimatedSeconds,
                 double implausibleEnergy) implements StoredRollup {
    DayRollup {
        Objects.requireNonNull(start, "start");
        if (!Resolution.DAY.isAligned(start)) {
            throw new IllegalArgumentException("day start " + start + " is not an Amsterdam midnight");
        }
        if (!Double.isFinite(energy) || !(measuredSeconds >= 0) || !(estimatedSeconds >= 0)) {
            throw new IllegalArgumentException("invalid day rollup at " + start);
        }
    }
}
