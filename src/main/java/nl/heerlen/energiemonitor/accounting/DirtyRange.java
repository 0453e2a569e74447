package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;

/** Readings of one meter channel changed between {@code from} and {@code to} (both inclusive). */
record DirtyRange(String meterId, String channel, Instant from, Instant to) {
    DirtyRange merge(DirtyRange other) {
        return new DirtyRange(meterId, channel, from.isBefore(other.from) ? from : other.from,
                to.isAfter(other.to) ? to : other.to);
    }

    String key() {
        return meterId + '/' + channel;
    }
}
