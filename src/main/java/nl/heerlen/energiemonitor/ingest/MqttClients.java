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
