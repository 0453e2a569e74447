package nl.heerlen.energiemonitor.simulator;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes with QoS 1. In-flight publishes are bounded by a semaphore, sized to the broker's
 * Receive Maximum when that is lower than ours, because Paho refuses rather than queues publishes
 * beyond it; this also keeps a long backfill in bounded memory. Messages in flight when the
 * connection dropped are sent again (at least once, like a device's buffer), up to a few attempts.
 */
final class MqttPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MqttPublisher.class);
    private static final int MAX_IN_FLIGHT = 500;
    private static final int MAX_ATTEMPTS = 5;

    private final BrokerConnection connection;
    private final PublishedCounts counts;
    private final Queue<Message> unacknowledged = new ConcurrentLinkedQueue<>();
    private volatile Semaphore inFlight = new Semaphore(1);
    private volatile int permits = 1;

    MqttPublisher(String url, String clientId, String username, String password, PublishedCounts counts)
            throws MqttException {
        this.connection = new BrokerConnection(url, clientId, username, password);
        this.counts = counts;
    }

    /** Connects, retrying while the broker is unreachable. */
    void connect() throws InterruptedException {
        permits = Math.min(MAX_IN_FLIGHT, connection.connect());
        inFlight = new Semaphore(permits);
        log.info("Simulator connected to {} ({} publishes in flight at most)", connection.describe(), permits);
    }

    void awaitConnection() throws InterruptedException {
        connection.awaitConnection();
    }

    /**
     * Publishes with QoS 1, blocking while the in-flight window is full. A message the client
     * rejects for any reason other than being offline is logged and dropped.
     *
     * @return false if the client is offline and nothing was sent, so the caller may retry
     */
    boolean publish(String topic, byte[] payload, int readings) throws InterruptedException {
        return publish(topic, payload, readings, 0);
    }

    /** As {@link #publish(String, byte[], int)}, adding the readings' checksum to the counts once acknowledged. */
    boolean publish(String topic, byte[] payload, int readings, long checksum) throws InterruptedException {
        return send(new Message(topic, payload, readings, checksum, 1));
    }

    /** Sends again what was in flight when the connection dropped; false if offline again. */
    boolean resendUnacknowledged() throws InterruptedException {
        for (Message message = unacknowledged.poll(); message != null; message = unacknowledged.poll()) {
            if (!send(message.nextAttempt())) {
                unacknowledged.add(message);
                return false;
            }
        }
        return true;
    }

    /** Waits until everything published so far is acknowledged, resending what the broker lost. */
    boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            while (!resendUnacknowledged()) {
                awaitConnection();
            }
            long leftMillis = TimeUnit.NANOSECONDS.toMillis(Math.max(0, deadline - System.nanoTime()));
            Semaphore window = inFlight;
            if (!window.tryAcquire(permits, leftMillis, TimeUnit.MILLISECONDS)) {
                return false;
            }
            window.release(permits);
        } while (!unacknowledged.isEmpty() && System.nanoTime() < deadline);
        return unacknowledged.isEmpty();
    }

    @Override
    public void close() {
        connection.close();
    }

    private boolean send(Message message) throws InterruptedException {
        while (true) {
            Semaphore window = inFlight;
            window.acquire();
            try {
                connection.publishQos1(message.topic(), message.payload(), new Acknowledgement(window, message));
                return true;
            } catch (MqttException e) {
                window.release();
                if (BrokerConnection.isOffline(e)) {
                    return false;
                }
                if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
                    log.warn("Simulator dropped a message to {}: {}", message.topic(), e.getMessage());
                    return true;
                }
                // Paho may free its own in-flight slot a moment after our callback freed the permit.
                Thread.sleep(5);
            }
        }
    }

    /** One message and how often it has been tried. */
    private record Message(String topic, byte[] payload, int readings, long checksum, int attempt) {

        Message nextAttempt() {
            return new Message(topic, payload, readings, checksum, attempt + 1);
        }
    }

    /** Counts the message once the broker has it, keeps it for resending if not; frees its slot either way. */
    private final class Acknowledgement implements MqttActionListener {

        private final Semaphore window;
        private final Message message;

        Acknowledgement(Semaphore window, Message message) {
            this.window = window;
            this.message = message;
        }

        @Override
        public void onSuccess(IMqttToken token) {
            counts.acknowledged(message.readings(), message.checksum());
            window.release();
        }

        @Override
        public void onFailure(IMqttToken token, Throwable failure) {
            if (connection.isClosed()) {
                log.debug("Simulator publish to {} abandoned at shutdown", message.topic());
            } else if (message.attempt() < MAX_ATTEMPTS) {
                unacknowledged.add(message);
            } else {
                log.warn("Simulator gave up on a message to {}: {}", message.topic(), failure.getMessage());
            }
            window.release();
        }
    }
}
