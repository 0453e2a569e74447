package nl.heerlen.energiemonitor.ingest;

import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Starts the MQTT way in after the registry is loaded, and stops it before the database goes. */
@Component
class MqttIngest implements SmartLifecycle {
    private final IngestProperties properties;
    private final MessageValidator validator;
    private final BatchWriter writer;
    private final IngestMetrics metrics;
    private final ObjectProvider<SslBundles> sslBundles;
    private final int serverPort;
    private volatile IngestPipeline pipeline;
    private volatile MqttIngestClient client;

    MqttIngest(IngestProperties properties, MessageValidator validator, BatchWriter writer, IngestMetrics metrics,
               ObjectProvider<SslBundles> sslBundles, Environment environment) {
        this.properties = properties;
        this.sslBundles = sslBundles;
        this.serverPort = environment.getProperty("server.port", Integer.class, 8080);
        this.validator = validator;
        this.writer = writer;
        this.metrics = metrics;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        pipeline = new IngestPipeline(validator, writer, properties);
        client = new MqttIngestClient(properties, MqttClients.clientId(properties, serverPort), pipeline, metrics, tls());
        try {
            client.start();
        } catch (MqttException e) {
            throw new IllegalStateException("Cannot create the MQTT client for " + properties.url(), e);
        }
    }

    @Override
    public void stop() {
        if (client != null) {
            client.stop();
            pipeline.stop();
        }
        client = null;
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return 100;
    }

    /** The socket factory of the configured SSL bundle; null for Paho's default (the JVM's trust store). */
    private SSLSocketFactory tls() {
        if (properties.sslBundle().isBlank()) {
            return null;
        }
        return sslBundles.getObject().getBundle(properties.sslBundle()).createSslContext().getSocketFactory();
    }

    boolean receiving() {
        MqttIngestClient c = client;
        return c != null && c.isReceiving();
    }

    boolean connected() {
        MqttIngestClient c = client;
        return c != null && c.isConnected();
    }

    int inFlight() {
        MqttIngestClient c = client;
        return c == null ? 0 : c.inFlightMessages();
    }

    int queued() {
        IngestPipeline p = pipeline;
        return p == null ? 0 : p.queued();
    }
}
