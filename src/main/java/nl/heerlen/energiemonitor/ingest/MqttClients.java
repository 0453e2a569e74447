package nl.heerlen.energiemonitor.ingest;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small helpers of the MQTT client: its id, its connection options, and dropping a client whatever state it is in. */
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

    /** Clean start false: the broker keeps the session and what it queued; reconnecting is the caller's. */
    static MqttConnectionOptions options(IngestProperties properties, SSLSocketFactory tls) {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(false);
        options.setSessionExpiryInterval(properties.sessionExpiry().toSeconds());
        options.setReceiveMaximum(properties.receiveMaximum());
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(30);
        if (tls != null) {
            options.setSocketFactory(tls);
        }
        if (!properties.username().isBlank()) {
            options.setUserName(properties.username());
            options.setPassword(properties.password().getBytes(StandardCharsets.UTF_8));
        }
        return options;
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
