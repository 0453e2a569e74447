package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.Objects;

/**
 * Energy between two consecutive readings, spread uniformly over {@code [start, end)}.
 * Counted energy is never negative; only an IMPLAUSIBLE interval may carry a negative value, which is
 * kept so a report can show exactly what was excluded.
 */
public record EnergyInterval(Instant start, Instant end, double energy, IntervalQuality quality, IntervalCause cause) {

    public EnergyInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(cause, "cause");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("interval start " + start + " must be before end " + end);
        }
        if (!Double.isFinite(energy)) {
            throw new IllegalArgumentException("interval energy must be finite, was " + energy);
        }
        if (energy < 0 && quality != IntervalQuality.IMPLAUSIBLE) {
            throw new IllegalArgumentException("negative energy " + energy + " must be IMPLAUSIBLE, was " + quality);
        }
    }
}
