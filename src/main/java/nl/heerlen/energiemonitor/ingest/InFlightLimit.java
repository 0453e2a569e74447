package nl.heerlen.energiemonitor.ingest;

import java.util.function.BooleanSupplier;

/**
 * Bounds the MQTT messages the service holds (received, not yet committed) in number and bytes, whatever the broker
 * sends. The receive maximum alone does not: Mosquitto 2.0.11 sends beyond it once acknowledgements flow while
 * messages are queued for us (docs/reliability.md). When the limit is reached, Paho's receiving thread waits here, its
 * socket stops being read, and TCP flow control holds the rest at the broker; no reconnect, nothing redelivered.
 * A message larger than the byte budget is still let in when nothing else is held, so it cannot wait forever.
 */
final class InFlightLimit {
    private final int maxMessages;
    private final long maxBytes;
    private int messages;
    private long bytes;

    InFlightLimit(int maxMessages, long maxBytes) {
        if (maxMessages < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("in-flight limits must be positive");
        }
        this.maxMessages = maxMessages;
        this.maxBytes = maxBytes;
    }

    /**
     * Waits for room for a message of this size, as long as {@code keepWaiting} holds (checked every 200 ms).
     *
     * @return whether the message was let in; if so, {@link #release} must follow once it is committed
     */
    synchronized boolean acquire(long size, BooleanSupplier keepWaiting) throws InterruptedException {
        while (!fits(size)) {
            if (!keepWaiting.getAsBoolean()) {
                return false;
            }
            wait(200);
        }
        messages++;
        bytes += size;
        return true;
    }

    synchronized void release(long size) {
        messages--;
        bytes -= size;
        notifyAll();
    }

    synchronized int messages() {
        return messages;
    }

    synchronized long bytes() {
        return bytes;
    }

    private boolean fits(long size) {
        return messages == 0 || (messages < maxMessages && bytes + size <= maxBytes);
    }
}
