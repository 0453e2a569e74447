package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.Objects;

/**
 * Energy of one report bucket.
 *
 * @param start             bucket start (inclusive)
 * @param end               bucket end (exclusive)
 * @param value             counted energy (MEASURED and ESTIMATED parts)
 * @param coverage          fraction 0..1 of the bucket covered by MEASURED intervals
 * @param estimated         whether any part of the value comes from an ESTIMATED interval
 * @param implausibleEnergy excluded energy overlapping the bucket, reported for transparency (signed)
 */
public record EnergyBucket(Instant start, Instant end, double value, double coverage, boolean estimated,
                           double implausibleEnergy) {

    public EnergyBucket {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("bucket start " + start + " must be before end " + end);
        }
        if (!Double.isFinite(value) || !Double.isFinite(implausibleEnergy)) {
            throw new IllegalArgumentException("bucket energies must be finite, were " + value
                    + " and " + implausibleEnergy);
        }
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("coverage must be within [0, 1], was " + coverage);
        }
    }
}
