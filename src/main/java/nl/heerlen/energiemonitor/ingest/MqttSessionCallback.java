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

    /** MQTT v5 DISCONNECT reason code 0x8E. */
    static final int SESSION_TAKEN_OVER = 0x8E;

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
        if (response.getReturnCode() == SESSION_TAKEN_OVER) {
            // Two instances under one client id take the session from each other in turn, and each loses the
            // messages in flight to it at every takeover: a configuration error, not a network fault.
            log.error("The broker gave this MQTT session to another client with the same id; every instance needs "
                    + "its own energiemonitor.mqtt.client-id");
        }
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
