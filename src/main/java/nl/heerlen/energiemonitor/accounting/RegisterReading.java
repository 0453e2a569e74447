package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.Objects;

/**
 * One sample of a cumulative register, in the channel's canonical unit (kWh, m3, ...).
 *
 * @param ts    moment the register showed {@code value}, UTC
 * @param value register value; must be finite
 */
public record RegisterReading(Instant ts, double value) {

    public RegisterReading {
        Objects.requireNonNull(ts, "ts");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("register value at " + ts + " must be finite, was " + value);
        }
    }
}
