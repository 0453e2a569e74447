package nl.heerlen.energiemonitor.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/** Publishes to the local Mosquitto the way an installer's device does. */
public final class TestBroker implements AutoCloseable {
    public static final String URL = "tcp://" + System.getenv().getOrDefault("TEST_MQTT_HOST", "127.0.0.1") + ":"
            + System.getenv().getOrDefault("TEST_MQTT_PORT", "1883");

    private final MqttClient client;

    public TestBroker() {
        try {
            client = new MqttClient(URL, "test-device-" + UUID.randomUUID(), new MemoryPersistence());
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setCleanStart(true);
            client.connect(options);
        } catch (MqttException e) {
            throw new IllegalStateException("Cannot connect to the MQTT broker at " + URL + " (see .ci/run)", e);
        }
    }

    public void publish(String topic, String payload) {
        publish(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    public void publish(String topic, byte[] payload) {
        try {
            MqttMessage message = new MqttMessage(payload);
            message.setQos(1);
            client.publish(topic, message);
        } catch (MqttException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
