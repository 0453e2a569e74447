package nl.heerlen.energiemonitor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Starts the embedded fallbacks for real, in a temporary directory, on free ports. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedServicesIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void embeddedPostgresAnswersSelectOneAndCreatesTheDatabase() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("postgres"), freePort())) {
            boolean created = DatabaseCreator.ensureExists(server.jdbcUrl("postgres"), "postgres", "", "energiemonitor");
            assertThat(created).isTrue();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("energiemonitor"), "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            assertThat(DatabaseCreator.ensureExists(server.jdbcUrl("postgres"), "postgres", "", "energiemonitor")).isFalse();
        }
    }

    @Test
    void embeddedBrokerDeliversThroughASharedSubscription() throws Exception {
        try (EmbeddedMqttBroker broker = EmbeddedMqttBroker.start(dir.resolve("hivemq"), freePort())) {
            BlockingQueue<String> received = new ArrayBlockingQueue<>(10);
            MqttClient subscriber = new MqttClient(broker.url(), "it-sub", new MemoryPersistence());
            MqttClient publisher = new MqttClient(broker.url(), "it-pub", new MemoryPersistence());
            try {
                subscriber.setCallback(new Collecting(received));
                subscriber.connect(new MqttConnectionOptions());
                subscriber.subscribe("$share/g/t/#", 1).waitForCompletion(10_000);
                publisher.connect(new MqttConnectionOptions());
                publisher.publish("t/meter-1", "42".getBytes(StandardCharsets.UTF_8), 1, false);

                assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("t/meter-1 42");
            } finally {
                disconnect(publisher);
                disconnect(subscriber);
            }
        }
    }

    private static void disconnect(MqttClient client) throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Collecting(BlockingQueue<String> received) implements MqttCallback {
        @Override
        public void messageArrived(String topic, MqttMessage message) {
            received.add(topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8));
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
}
