package nl.heerlen.energiemonitor.ingest;

import java.net.InetAddress;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small helpers of the MQTT client: its id, and dropping a client whatever state it is in. */
final class MqttClients {
    private static final Logger log = LoggerFactory.getLogger(MqttClients.class);

    private MqttClients() {
    }

    static void close(MqttAsyncClient c) {
        if (c == null) {
            return;
        }
        try {
            if (c.isConnected()) {
                c.disconnectForcibly(0, 1_000, false);
            }
        } catch (MqttException e) {
            log.debug("Dropping an MQTT connection", e);
        }
        try {
            c.close(true);
        } catch (MqttException e) {
            log.debug("Closing an MQTT client", e);
        }
    }

    static String clientId(IngestProperties properties) {
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
