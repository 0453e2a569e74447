package nl.heerlen.energiemonitor.simulator;

import java.util.concurrent.atomic.AtomicLong;

/** Messages and readings the broker has acknowledged, updated from Paho's callback threads. */
final class PublishedCounts {

    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong readings = new AtomicLong();

    void acknowledged(int readingsInMessage) {
        messages.incrementAndGet();
        readings.addAndGet(readingsInMessage);
    }

    long messages() {
        return messages.get();
    }

    long readings() {
        return readings.get();
    }
}
