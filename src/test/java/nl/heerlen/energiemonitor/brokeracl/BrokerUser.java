package nl.heerlen.energiemonitor.brokeracl;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** One MQTT 5 client logged in as a broker user, recording what it receives. */
final class BrokerUser implements MqttCallback, AutoCloseable {

    /** MQTT 5 reason code 0x87: Not authorized. */
    static final int NOT_AUTHORIZED = 0x87;
    /** MQTT 5 reason code 0x86: Bad user name or password. */
    static final int BAD_USER_NAME_OR_PASSWORD = 0x86;
    private static final long TIMEOUT_MILLIS = 5_000;

    record Received(String topic, String payload) {
    }

    private final MqttAsyncClient client;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    private BrokerUser(MqttAsyncClient client) {
        this.client = client;
    }

    /** Connects as the user (null for anonymous); throws the broker's refusal as an MqttException. */
    static BrokerUser connect(String url, String user, String password) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(url, "acl-test-" + UUID.randomUUID(), new MemoryPersistence());
        BrokerUser broker = new BrokerUser(client);
        client.setCallback(broker);
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        if (user != null) {
            options.setUserName(user);
            options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        try {
            client.connect(options).waitForCompletion(TIMEOUT_MILLIS);
        } catch (MqttException refused) {
            client.close(true);
            throw refused;
        }
        return broker;
    }

    /** Subscribes with QoS 1 and returns the granted reason code. */
    int subscribe(String filter) throws MqttException {
        IMqttToken token = client.subscribe(filter, 1);
        token.waitForCompletion(TIMEOUT_MILLIS);
        return token.getReasonCodes()[0];
    }

    /** Publishes with QoS 1 and returns the reason code of the broker's PUBACK (0 = success). */
    int publish(String topic, String payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        IMqttToken token = client.publish(topic, message);
        try {
            token.waitForCompletion(TIMEOUT_MILLIS);
        } catch (MqttException failed) {
            // Paho 1.2.5 completes a PUBACK with a failure reason code exceptionally.
            return failed.getReasonCode();
        }
        int[] codes = token.getReasonCodes();
        return codes == null || codes.length == 0 ? 0 : codes[0];
    }

    List<String> payloads() {
        return received.stream().map(Received::payload).toList();
    }

    Queue<Received> received() {
        return received;
    }

    /** Waits until a message with the payload arrived; false on timeout. */
    boolean awaitPayload(String payload, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (payloads().contains(payload)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        received.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect().waitForCompletion(TIMEOUT_MILLIS);
        }
        client.close(true);
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
    }

    @Override
    public void deliveryComplete(IMqttToken token) {
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {
    }
}
