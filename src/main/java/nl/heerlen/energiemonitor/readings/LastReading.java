package nl.heerlen.energiemonitor.readings;

import java.time.Instant;

/** The newest reading of a meter channel: its timestamp and when it reached the service. */
public record LastReading(String meterId, String channel, Instant ts, Instant receivedAt) {
}
