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

    /**
     * The configured id, or one derived from the host name and the HTTP port: unique per container (compose --scale)
     * and per instance on one host (they cannot share a port), and stable across restarts, so the broker's persistent
     * session is found again. A random port (0) gives no stable id: then the process id, and a warning.
     */
    static String clientId(IngestProperties properties, int serverPort) {
        if (!properties.clientId().isBlank()) {
            return properties.clientId();
        }
        return derivedClientId(hostName(), serverPort, ProcessHandle.current().pid());
    }

    static String derivedClientId(String host, int serverPort, long pid) {
        if (serverPort > 0) {
            return "energiemonitor-" + host + "-" + serverPort;
        }
        log.warn("energiemonitor.mqtt.client-id is blank and server.port random: the MQTT client id includes the "
                + "process id, so a restart does not resume the broker session; set a client id per instance");
        return "energiemonitor-" + host + "-pid" + pid;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
