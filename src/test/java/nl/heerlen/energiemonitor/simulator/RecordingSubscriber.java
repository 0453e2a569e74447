package nl.heerlen.energiemonitor.simulator;

import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * An outside party on the broker, as the ingest service would be: records every message on a
 * topic filter. Uses the callback rather than per-subscription listeners, which are unreliable
 * in Paho v5 1.2.5.
 */
final class RecordingSubscriber implements MqttCallback, AutoCloseable {

    record Received(String topic, byte[] payload) {
    }

    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final MqttClient client;

    RecordingSubscriber(String brokerUrl, String topicFilter) throws MqttException {
        client = new MqttClient(brokerUrl, "simulator-it-sub-" + UUID.randomUUID(), new MemoryPersistence());
        client.setCallback(this);
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        client.connect(options);
        client.subscribe(topicFilter, 1);
    }

    Queue<Received> received() {
        return received;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        received.add(new Received(topic, message.getPayload()));
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
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
