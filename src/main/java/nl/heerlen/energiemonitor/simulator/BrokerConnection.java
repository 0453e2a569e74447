package nl.heerlen.energiemonitor.simulator;

import java.nio.charset.StandardCharsets;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Paho v5 async client and its connection: the first connect is retried with back-off while
 * the broker is unreachable (Paho reconnects only after a success), automatic reconnect after that.
 */
final class BrokerConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BrokerConnection.class);
    private static final long MAX_RETRY_MILLIS = 30_000;
    /** MQTT 5 default when the broker announces no Receive Maximum. */
    private static final int UNLIMITED_RECEIVE_MAXIMUM = 65_535;

    private final MqttAsyncClient client;
    private final String username;
    private final String password;
    private volatile boolean closed;

    BrokerConnection(String url, String clientId, String username, String password) throws MqttException {
        // Memory persistence: Paho's default writes files into the working directory.
        this.client = new MqttAsyncClient(url, clientId, new MemoryPersistence());
        this.username = username;
        this.password = password;
    }

    /** Connects, waiting as long as it takes; returns how many publishes the broker lets be in flight. */
    int connect() throws InterruptedException {
        long retryMillis = 1_000;
        while (true) {
            // Paho swallows interrupts while waiting for a token, so check for shutdown explicitly.
            if (closed || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("Simulator stopped before connecting");
            }
            try {
                IMqttToken token = client.connect(options());
                token.waitForCompletion();
                Integer receiveMaximum = token.getResponseProperties() == null ? null
                        : token.getResponseProperties().getReceiveMaximum();
                return receiveMaximum == null ? UNLIMITED_RECEIVE_MAXIMUM : receiveMaximum;
            } catch (MqttException e) {
                log.warn("Simulator cannot reach MQTT broker {} ({}); retrying in {} s",
                        client.getServerURI(), e.getMessage(), retryMillis / 1000);
                Thread.sleep(retryMillis);
                retryMillis = Math.min(2 * retryMillis, MAX_RETRY_MILLIS);
            }
        }
    }

    /** Waits while Paho's automatic reconnect is at work. */
    void awaitConnection() throws InterruptedException {
        while (!client.isConnected()) {
            if (closed) {
                throw new InterruptedException("Simulator stopped while waiting for the broker");
            }
            Thread.sleep(500);
        }
    }

    void publishQos1(String topic, byte[] payload, MqttActionListener listener) throws MqttException {
        client.publish(topic, payload, 1, false, null, listener);
    }

    String describe() {
        return client.getServerURI() + " as " + client.getClientId();
    }

    boolean isClosed() {
        return closed;
    }

    /** Whether a publish failed only because there is no connection right now. */
    static boolean isOffline(MqttException e) {
        int code = e.getReasonCode();
        return code == MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED
                || code == MqttClientException.REASON_CODE_CLIENT_DISCONNECTING
                || code == MqttClientException.REASON_CODE_CONNECT_IN_PROGRESS
                || code == MqttClientException.REASON_CODE_CLIENT_CLOSED;
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (client.isConnected()) {
                client.disconnect(2_000).waitForCompletion(3_000);
            }
        } catch (MqttException e) {
            log.debug("Simulator disconnect: {}", e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            log.debug("Simulator close: {}", e.getMessage());
        }
    }

    private MqttConnectionOptions options() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        if (username != null && !username.isBlank()) {
            options.setUserName(username);
            options.setPassword((password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
        }
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, 30);
        // Clean start: with a persistent session Paho 1.2.5 resends its in-flight window on
        // reconnect in a way Mosquitto rejects as a protocol error, looping forever.
        // MqttPublisher resends unacknowledged messages itself instead.
        options.setCleanStart(true);
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(30);
        return options;
    }
}
