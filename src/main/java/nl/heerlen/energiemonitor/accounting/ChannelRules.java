package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-channel thresholds that decide how a pair of readings is interpreted.
 *
 * @param resetTolerance largest decrease that is still rounding noise (counts as 0); {@code >= 0}
 * @param maxRatePerHour highest plausible average rate, energy per hour; may be
 *                       {@link Double#POSITIVE_INFINITY} for "no limit"
 * @param maxGap         intervals longer than this still count but are ESTIMATED
 * @param registerMax    modulus of a register that rolls over to zero (e.g. 100000 for a five-digit
 *                       kWh counter), or {@code null} when the register never wraps
 */
public record ChannelRules(double resetTolerance, double maxRatePerHour, Duration maxGap, Double registerMax) {

    private static final ChannelRules DEFAULTS =
            new ChannelRules(0.001, Double.POSITIVE_INFINITY, Duration.ofHours(1), null);

    public ChannelRules {
        if (!Double.isFinite(resetTolerance) || resetTolerance < 0) {
            throw new IllegalArgumentException("resetTolerance must be finite and >= 0, was " + resetTolerance);
        }
        // NaN fails this comparison too, so it is rejected with the same message.
        if (!(maxRatePerHour > 0)) {
            throw new IllegalArgumentException("maxRatePerHour must be > 0 (or +infinity), was " + maxRatePerHour);
        }
        Objects.requireNonNull(maxGap, "maxGap");
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive, was " + maxGap);
        }
        if (registerMax != null && (!Double.isFinite(registerMax) || registerMax <= 0)) {
            throw new IllegalArgumentException("registerMax must be finite and > 0 when set, was " + registerMax);
        }
    }

    /** Tolerance 0.001, no rate limit, maximum gap of one hour, register never wraps. */
    public static ChannelRules defaults() {
        return DEFAULTS;
    }
}
