package nl.heerlen.energiemonitor.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Messages and readings the broker has acknowledged, updated from Paho's callback threads, with
 * the sum of the readings' checksums ({@link ReadingChecksum}; load mode only) modulo 2^64.
 */
final class PublishedCounts {

    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong checksum = new AtomicLong();

    void acknowledged(int readingsInMessage, long checksumOfMessage) {
        messages.incrementAndGet();
        readings.addAndGet(readingsInMessage);
        checksum.addAndGet(checksumOfMessage);
    }

    long messages() {
        return messages.get();
    }

    long readings() {
        return readings.get();
    }

    long checksum() {
        return checksum.get();
    }
}
