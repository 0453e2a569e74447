package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored 15-minute rollup of a channel.
 *
 * @param start             quarter-hour aligned start (UTC)
 * @param energy            counted energy: the MEASURED and ESTIMATED parts overlapping this quarter
 * @param measuredSeconds   seconds of this quarter covered by MEASURED intervals
 * @param estimatedSeconds  seconds of this quarter covered by ESTIMATED intervals
 * @param implausibleEnergy excluded energy of IMPLAUSIBLE intervals overlapping this quarter (signed)
 */
public record QuarterHour(Instant start, double energy, double measuredSeconds, double estimatedSeconds,
                          double implausibleEnergy) implements StoredRollup {

    static final double SECONDS = 900.0;

    // Seconds come from exact nanosecond counts; this only absorbs the rounding of the conversion.
    private static final double SECONDS_SLACK = 1e-6;

    public QuarterHour {
        Objects.requireNonNull(start, "start");
        if (!Resolution.QUARTER_HOUR.isAligned(start)) {
            throw new IllegalArgumentException("quarter hour start " + start + " is not quarter-hour aligned");
        }
        if (!Double.isFinite(energy) || energy < 0) {
            throw new IllegalArgumentException("quarter hour energy must be finite and >= 0, was " + energy);
        }
        if (!Double.isFinite(implausibleEnergy)) {
            throw new IllegalArgumentException("implausible energy must be finite, was " + implausibleEnergy);
        }
        if (!(measuredSeconds >= 0) || !(estimatedSeconds >= 0)
                || measuredSeconds + estimatedSeconds > SECONDS + SECONDS_SLACK) {
            throw new IllegalArgumentException("covered seconds must be >= 0 and fit in 900 s, were measured "
                    + measuredSeconds + " and estimated " + estimatedSeconds);
        }
    }
}
