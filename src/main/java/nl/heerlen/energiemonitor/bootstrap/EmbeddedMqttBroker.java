package nl.heerlen.energiemonitor.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.hivemq.embedded.EmbeddedHiveMQ;

/**
 * An in-process MQTT 5 broker (HiveMQ CE embedded) on 127.0.0.1, with shared subscriptions and file persistence
 * under {@code dir/data}. It leaves logging alone (no logging bootstrap), allows anonymous clients and sends no
 * usage statistics.
 */
final class EmbeddedMqttBroker implements AutoCloseable {

    private static final String CONFIG = """
            <?xml version="1.0"?>
            <!-- Written by the energiemonitor bootstrap at every start; edits are overwritten. -->
            <hivemq>
                <listeners>
                    <tcp-listener>
                        <port>%d</port>
                        <bind-address>127.0.0.1</bind-address>
                    </tcp-listener>
                </listeners>
                <mqtt>
                    <!-- The default (1000) drops QoS 1 messages for a slow subscriber, as Mosquitto's does. -->
                    <queued-messages>
                        <max-queue-size>100000</max-queue-size>
                    </queued-messages>
                    <shared-subscriptions>
                        <enabled>true</enabled>
                    </shared-subscriptions>
                </mqtt>
                <persistence>
                    <mode>file</mode>
                </persistence>
                <anonymous-usage-statistics>
                    <enabled>false</enabled>
                </anonymous-usage-statistics>
            </hivemq>
            """;

    private final EmbeddedHiveMQ hivemq;
    private final int port;

    private EmbeddedMqttBroker(EmbeddedHiveMQ hivemq, int port) {
        this.hivemq = hivemq;
        this.port = port;
    }

    static EmbeddedMqttBroker start(Path dir, int port) {
        try {
            Path conf = Files.createDirectories(dir.resolve("conf"));
            Files.writeString(conf.resolve("config.xml"), CONFIG.formatted(port));
            EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                    .withConfigurationFolder(conf)
                    .withDataFolder(Files.createDirectories(dir.resolve("data")))
                    .withExtensionsFolder(Files.createDirectories(dir.resolve("extensions")))
                    .withoutLoggingBootstrap()
                    .build();
            hivemq.start().get(60, TimeUnit.SECONDS);
            return new EmbeddedMqttBroker(hivemq, port);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Embedded MQTT broker did not start on 127.0.0.1:" + port + " in " + dir, e);
        }
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        hivemq.close();
    }
}
