package nl.heerlen.energiemonitor.ingest;

import io.micrometer.core.instrument.Gauge;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
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
 */
class MqttIngestClient {
    private static final Logger log = LoggerFactory.getLogger(MqttIngestClient.class);
    private static final int MAX_BACKOFF_SECONDS = 10;
    private static final Duration FULL_QUEUE_PATIENCE = Duration.ofSeconds(10);

    private final IngestProperties properties;
    private final IngestPipeline pipeline;
    private final String clientId;
    private final ScheduledExecutorService reconnector = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "mqtt-connect"));
    private final AtomicBoolean reconnectPending = new AtomicBoolean();
    private volatile MqttAsyncClient client;
    private volatile boolean stopping;
    private volatile boolean subscribed;
    private int failedAttempts;

    MqttIngestClient(IngestProperties properties, IngestPipeline pipeline, IngestMetrics metrics) {
        this.properties = properties;
        this.pipeline = pipeline;
        this.clientId = MqttClients.clientId(properties);
        Gauge.builder("energiemonitor.mqtt.connected", this, c -> c.isReceiving() ? 1 : 0)
                .description("1 while connected to the broker and subscribed").register(metrics.registry());
        Gauge.builder("energiemonitor.ingest.queue.messages", pipeline, IngestPipeline::queued)
                .description("Messages received and not yet written").register(metrics.registry());
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
            IMqttToken token = fresh.connect(options());
            token.waitForCompletion(10_000);
            failedAttempts = 0;
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

    private MqttConnectionOptions options() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(false);
        options.setSessionExpiryInterval(properties.sessionExpiry().toSeconds());
        options.setReceiveMaximum(properties.receiveMaximum());
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(30);
        if (!properties.username().isBlank()) {
            options.setUserName(properties.username());
            options.setPassword(properties.password().getBytes(StandardCharsets.UTF_8));
        }
        return options;
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

    void messageArrived(MqttAsyncClient source, String topic, MqttMessage message) {
        int id = message.getId();
        int qos = message.getQos();
        InboundMessage inbound = new InboundMessage(InboundMessage.MQTT, topic, message.getPayload(), Instant.now(),
                System.nanoTime(), () -> acknowledge(source, id, qos));
        // Waiting on the current connection keeps everything in the pipeline acknowledgeable. Reconnecting at once
        // (as before) left every message still in the pipeline unacknowledgeable, so the broker sent them all again:
        // under load that became a storm of reconnects and duplicates (docs/benchmarks.md, benchmark 1).
        Duration patience = source == client ? FULL_QUEUE_PATIENCE : Duration.ZERO;
        if (!pipeline.offer(inbound, patience)) {
            // Unacknowledged, the message stays in flight at the broker; a new connection makes it redeliver.
            if (!reconnectPending.get()) {
                log.warn("Ingest queue full for {}; message on {} left unacknowledged, reconnecting for its redelivery",
                        patience, topic);
            }
            scheduleReconnect(1);
        }
    }

    private void acknowledge(MqttAsyncClient source, int id, int qos) {
        if (qos == 0 || source != client) {
            return; // from an earlier connection: the broker redelivers it on this one, and the copy is stored once
        }
        try {
            source.messageArrivedComplete(id, qos);
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
