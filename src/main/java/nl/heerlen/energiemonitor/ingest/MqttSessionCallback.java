package nl.heerlen.energiemonitor.ingest;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Paho's callbacks for one client (one connection attempt), tagged with it so stale clients are told apart. */
final class MqttSessionCallback implements MqttCallback {
    private static final Logger log = LoggerFactory.getLogger(MqttSessionCallback.class);

    private final MqttIngestClient owner;
    private final MqttAsyncClient source;

    MqttSessionCallback(MqttIngestClient owner, MqttAsyncClient source) {
        this.owner = owner;
        this.source = source;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        owner.connected(source);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
        owner.messageArrived(source, topic, message);
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        owner.connectionLost(source, response.getReasonString() != null ? response.getReasonString()
                : String.valueOf(response.getException()));
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
}
