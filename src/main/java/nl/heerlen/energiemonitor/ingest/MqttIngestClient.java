package nl.heerlen.energiemonitor.ingest;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent MQTT v5 session on the shared subscription, with manual acknowledgements: the broker keeps a message
 * until the pipeline has committed it.
 *
 * <p>Reconnecting is ours, not Paho's: Paho 1.2.5's automatic reconnect with clean start false can hang after a broker
 * restart (its sender thread stops before the CONNECT is written, the attempt only ends at the connection timeout; see
 * docs/reliability.md). Each attempt therefore uses a fresh client under the same client id with clean start false, so
 * the broker's session and the messages it queued are kept. A message is acknowledged only on the connection that
 * delivered it; one delivered before a reconnect is redelivered by the broker and stored once (duplicates are ignored).
 *
 * <p>What the service holds uncommitted is bounded by an {@link InFlightLimit} of its own, not by the broker's keeping
 * to the receive maximum (Mosquitto 2.0.11 does not): a full limit makes Paho's thread wait, not the client reconnect.
 */
class MqttIngestClient {
    private static final Logger log = LoggerFactory.getLogger(MqttIngestClient.class);
    private static final int MAX_BACKOFF_SECONDS = 10;

    private final IngestProperties properties;
    private final IngestPipeline pipeline;
    private final InFlightLimit inFlight;
    private final SSLSocketFactory tls;
    private final IngestMetrics.MqttCounters counters;
    private final String clientId;
    private final ScheduledExecutorService reconnector = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "mqtt-connect"));
    private final AtomicBoolean reconnectPending = new AtomicBoolean();
    private volatile MqttAsyncClient client;
    private volatile boolean stopping;
    private volatile boolean subscribed;
    private int failedAttempts;

    MqttIngestClient(IngestProperties properties, String clientId, IngestPipeline pipeline, IngestMetrics metrics,
                     SSLSocketFactory tls) {
        this.properties = properties;
        this.pipeline = pipeline;
        this.tls = tls;
        this.inFlight = new InFlightLimit(properties.receiveMaximum(), properties.inFlightBytes().toBytes());
        this.clientId = clientId;
        this.counters = metrics.mqttClient(this::isReceiving, pipeline::queued, inFlight);
    }

    /** Checks the URL at once, then connects in the background (and keeps reconnecting). */
    void start() throws MqttException {
        new MqttAsyncClient(properties.url(), clientId, new MemoryPersistence()).close();
        reconnector.execute(this::connect);
    }

    boolean isConnected() {
        MqttAsyncClient c = client;
        return c != null && c.isConnected();
    }

    /** Connected and subscribed: messages published from now on reach us. */
    boolean isReceiving() {
        return subscribed && isConnected();
    }

    /** Runs on the reconnector thread only. */
    private void connect() {
        reconnectPending.set(false);
        if (stopping) {
            return;
        }
        subscribed = false;
        MqttClients.close(client);
        try {
            MqttAsyncClient fresh = new MqttAsyncClient(properties.url(), clientId, new MemoryPersistence());
            fresh.setManualAcks(true);
            fresh.setCallback(new MqttSessionCallback(this, fresh));
            client = fresh;
            IMqttToken token = fresh.connect(MqttClients.options(properties, tls));
            token.waitForCompletion(10_000);
            failedAttempts = 0;
            counters.connections().increment();
            log.info("MQTT session {} at {}: {}", clientId, properties.url(),
                    token.getSessionPresent() ? "resumed (queued messages follow)" : "new");
        } catch (MqttException | RuntimeException e) {
            long delay = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(failedAttempts++, 4));
            log.warn("MQTT broker {} not reachable ({}); retrying in {} s", properties.url(), e.getMessage(), delay);
            MqttClients.close(client);
            scheduleReconnect(delay);
        }
    }

    private void scheduleReconnect(long delaySeconds) {
        if (!stopping && reconnectPending.compareAndSet(false, true)) {
            reconnector.schedule(this::connect, delaySeconds, TimeUnit.SECONDS);
        }
    }

    void connected(MqttAsyncClient source) {
        log.info("Connected to MQTT broker {}; subscribing to {}", properties.url(), properties.subscription());
        try {
            // Resubscribing is harmless with a persistent session and required if the broker lost it.
            source.subscribe(new MqttSubscription(properties.subscription(), 1)).setActionCallback(new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    subscribed = source == client;
                }

                @Override
                public void onFailure(IMqttToken token, Throwable exception) {
                    log.error("Subscribing to {} failed; reconnecting", properties.subscription(), exception);
                    scheduleReconnect(1);
                }
            });
        } catch (MqttException e) {
            log.error("Subscribing to {} failed; reconnecting", properties.subscription(), e);
            scheduleReconnect(1);
        }
    }

    /** On Paho's thread; waits while the service holds as much as it may (backpressure through TCP). */
    void messageArrived(MqttAsyncClient source, String topic, MqttMessage message) throws InterruptedException {
        int id = message.getId();
        int qos = message.getQos();
        long size = message.getPayload().length;
        if (!inFlight.acquire(size, () -> source == client && !stopping)) {
            return; // its connection was replaced while it waited: unacknowledged, it is redelivered on the new one
        }
        InboundMessage inbound = new InboundMessage(InboundMessage.MQTT, topic, message.getPayload(), Instant.now(),
                System.nanoTime(), () -> {
                    inFlight.release(size);
                    acknowledge(source, id, qos);
                });
        if (!pipeline.offer(inbound)) {
            // Cannot happen while the limit holds; unacknowledged, a new connection makes the broker redeliver it.
            inFlight.release(size);
            log.error("Ingest queue full; message on {} left unacknowledged, reconnecting for its redelivery", topic);
            scheduleReconnect(1);
        }
    }

    int inFlightMessages() {
        return inFlight.messages();
    }

    private void acknowledge(MqttAsyncClient source, int id, int qos) {
        if (qos == 0 || source != client) {
            return; // from an earlier connection: the broker redelivers it on this one, and the copy is stored once
        }
        try {
            source.messageArrivedComplete(id, qos);
            counters.acknowledged().increment();
        } catch (MqttException e) {
            log.warn("Acknowledging message {} failed; the broker will redeliver it", id, e);
        }
    }

    void connectionLost(MqttAsyncClient source, String reason) {
        if (source != client) {
            return;
        }
        subscribed = false;
        if (!stopping) {
            log.warn("Disconnected from MQTT broker {}: {}; reconnecting", properties.url(), reason);
            scheduleReconnect(0);
        }
    }

    void stop() {
        stopping = true;
        reconnector.shutdownNow();
        try {
            reconnector.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MqttAsyncClient c = client;
        try {
            if (c != null && c.isConnected()) {
                c.disconnect().waitForCompletion(5_000);
            }
        } catch (MqttException e) {
            log.debug("Disconnecting the MQTT client", e);
        }
        MqttClients.close(c);
    }
}
