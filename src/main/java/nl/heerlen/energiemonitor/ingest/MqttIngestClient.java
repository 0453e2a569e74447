package nl.heerlen.energiemonitor.ingest;

import io.micrometer.core.instrument.Gauge;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent MQTT v5 session on the shared subscription, with manual acknowledgements: the broker keeps a message
 * until the pipeline has committed it.
 */
class MqttIngestClient implements MqttCallback {
    private static final Logger log = LoggerFactory.getLogger(MqttIngestClient.class);

    private final IngestProperties properties;
    private final IngestPipeline pipeline;
    private final ScheduledExecutorService reconnector = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "mqtt-connect"));
    private volatile MqttAsyncClient client;
    private volatile boolean stopping;
    private volatile boolean subscribed;

    MqttIngestClient(IngestProperties properties, IngestPipeline pipeline, IngestMetrics metrics) {
        this.properties = properties;
        this.pipeline = pipeline;
        Gauge.builder("energiemonitor.mqtt.connected", this, c -> c.isReceiving() ? 1 : 0)
                .description("1 while connected to the broker and subscribed").register(metrics.registry());
        Gauge.builder("energiemonitor.ingest.queue.messages", pipeline, IngestPipeline::queued)
                .description("Messages received and not yet written").register(metrics.registry());
    }

    void start() throws MqttException {
        client = new MqttAsyncClient(properties.url(), clientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
        connect();
    }

    boolean isConnected() {
        MqttAsyncClient c = client;
        return c != null && c.isConnected();
    }

    /** Connected and subscribed: messages published from now on reach us. */
    boolean isReceiving() {
        return subscribed && isConnected();
    }

    private void connect() {
        if (stopping) {
            return;
        }
        try {
            client.connect(options()).waitForCompletion(10_000);
        } catch (MqttException e) {
            log.warn("MQTT broker {} not reachable ({}); retrying in 5 s", properties.url(), e.getMessage());
            reconnector.schedule(this::connect, 5, TimeUnit.SECONDS);
        }
    }

    private MqttConnectionOptions options() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(false);
        options.setSessionExpiryInterval(properties.sessionExpiry().toSeconds());
        options.setReceiveMaximum(properties.receiveMaximum());
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, 30);
        options.setKeepAliveInterval(30);
        if (!properties.username().isBlank()) {
            options.setUserName(properties.username());
            options.setPassword(properties.password().getBytes(StandardCharsets.UTF_8));
        }
        return options;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        log.info("Connected to MQTT broker {} ({}); subscribing to {}", serverURI, reconnect ? "reconnect" : "first",
                properties.subscription());
        try {
            // Resubscribing is harmless with a persistent session and required if the broker lost it.
            client.subscribe(new MqttSubscription(properties.subscription(), 1))
                    .setActionCallback(new MqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken token) {
                            subscribed = true;
                        }

                        @Override
                        public void onFailure(IMqttToken token, Throwable exception) {
                            log.error("Subscribing to {} failed", properties.subscription(), exception);
                        }
                    });
        } catch (MqttException e) {
            log.error("Subscribing to {} failed", properties.subscription(), e);
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        int id = message.getId();
        int qos = message.getQos();
        InboundMessage inbound = new InboundMessage(InboundMessage.MQTT, topic, message.getPayload(), Instant.now(),
                System.nanoTime(), () -> acknowledge(id, qos));
        if (!pipeline.offer(inbound)) {
            // Without an ack the broker redelivers it after a reconnect: nothing is lost.
            log.warn("Ingest queue full; message on {} left unacknowledged", topic);
        }
    }

    private void acknowledge(int id, int qos) {
        try {
            if (qos > 0) {
                client.messageArrivedComplete(id, qos);
            }
        } catch (MqttException e) {
            log.warn("Acknowledging message {} failed; the broker will redeliver it", id, e);
        }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        subscribed = false;
        log.warn("Disconnected from MQTT broker: {}", response.getReasonString());
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        log.warn("MQTT error", exception);
    }

    @Override
    public void deliveryComplete(IMqttToken token) {
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {
    }

    void stop() {
        stopping = true;
        reconnector.shutdownNow();
        try {
            if (client != null && client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            if (client != null) {
                client.close();
            }
        } catch (MqttException e) {
            log.debug("Closing the MQTT client", e);
        }
    }

    private String clientId() {
        if (!properties.clientId().isBlank()) {
            return properties.clientId();
        }
        try {
            return "energiemonitor-" + InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "energiemonitor-" + ProcessHandle.current().pid();
        }
    }
}
