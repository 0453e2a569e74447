package nl.heerlen.energiemonitor.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples, every 100 ms on a thread of its own, what the service holds: MQTT messages uncommitted, the pipeline's
 * queue and the heap in use (of the whole test JVM, which also runs the test and the publishing device).
 */
final class LoadSampler implements AutoCloseable {
    private final MqttIngest ingest;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile int maxInFlight;
    private volatile int maxQueued;
    private volatile long maxHeapUsed;

    LoadSampler(MqttIngest ingest) {
        this.ingest = ingest;
        this.thread = new Thread(this::run, "load-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    int maxInFlight() {
        return maxInFlight;
    }

    int maxQueued() {
        return maxQueued;
    }

    long maxHeapUsedMb() {
        return maxHeapUsed >> 20;
    }

    private void run() {
        while (running) {
            maxInFlight = Math.max(maxInFlight, ingest.inFlight());
            maxQueued = Math.max(maxQueued, ingest.queued());
            maxHeapUsed = Math.max(maxHeapUsed, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(1_000);
    }
}
