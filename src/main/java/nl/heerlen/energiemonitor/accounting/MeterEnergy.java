package nl.heerlen.energiemonitor.accounting;

import java.util.Objects;

/**
 * Energy of one meter channel over a period, from the stored rollups.
 *
 * @param value energy in the channel's canonical unit (kWh, or m3 for volume channels)
 * @param coverage fraction of the period covered by measured (not estimated, not implausible) intervals
 * @param estimatedShare fraction of the period covered by estimated intervals
 */
public record MeterEnergy(String meterId, String channel, double value, double coverage, double estimatedShare) {
    public MeterEnergy {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(channel, "channel");
        if (!Double.isFinite(value) || coverage < 0 || estimatedShare < 0) {
            throw new IllegalArgumentException("invalid energy figures for " + meterId);
        }
    }
}
