package nl.heerlen.energiemonitor.readings;

import java.time.Instant;
import java.util.Objects;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;

/** One validated reading in the channel's canonical unit. */
public record Reading(MeterId meterId, Channel channel, Instant ts, double value) {
    public Reading {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ts, "ts");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite");
        }
    }
}
