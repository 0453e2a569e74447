package nl.heerlen.energiemonitor.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The MQTT way in and its limits.
 *
 * @param url broker URL, e.g. tcp://127.0.0.1:1883, or ssl://broker:8883 for TLS (docs/tls.md)
 * @param sslBundle for an ssl:// URL: the Spring Boot SSL bundle (spring.ssl.bundle.*) whose trust store holds the
 *     broker's certificate authority; blank: the JVM's default trust store
 * @param clientId stable per instance (the broker keeps the persistent session under it); blank: derived from the host
 * @param username broker user name; blank for anonymous
 * @param password broker password; blank for none
 * @param sharedGroup the shared-subscription group that instances split the load in; blank: a plain subscription for
 *     a single instance, which (unlike a shared one on Mosquitto 2.0.11) also keeps messages published while the
 *     broker is restarting and the service not yet back (docs/reliability.md)
 * @param sessionExpiry how long the broker keeps the session (and queued messages) while the service is away
 * @param receiveMaximum QoS 1 messages the broker may have in flight to us, and the most the service holds
 *     uncommitted whatever the broker does (InFlightLimit)
 * @param inFlightBytes the most payload bytes the service holds uncommitted
 * @param maxPayloadSize larger messages are rejected before parsing
 * @param batchMessages messages written in one database statement at most
 * @param batchMaxWait how long a partial batch waits for more messages
 * @param batchWriters batches written at once, each in its own transaction; acknowledgements still follow in the order
 *     the messages arrived (MQTT requires it), each after the commit of its batch
 * @param maxClockSkew how far in the future a reading's timestamp may lie
 * @param enabled whether to connect at all
 */
@ConfigurationProperties("energiemonitor.mqtt")
public record IngestProperties(
        @DefaultValue("tcp://127.0.0.1:1883") String url,
        @DefaultValue("") String sslBundle,
        @DefaultValue("") String clientId,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("energiemonitor") String sharedGroup,
        @DefaultValue("1d") Duration sessionExpiry,
        @DefaultValue("1000") int receiveMaximum,
        @DefaultValue("64MB") DataSize inFlightBytes,
        @DefaultValue("1MB") DataSize maxPayloadSize,
        @DefaultValue("500") int batchMessages,
        @DefaultValue("50ms") Duration batchMaxWait,
        @DefaultValue("2") int batchWriters,
        @DefaultValue("10m") Duration maxClockSkew,
        @DefaultValue("true") boolean enabled) {

    public IngestProperties {
        if (receiveMaximum < 1 || receiveMaximum > 65535) {
            throw new IllegalArgumentException("energiemonitor.mqtt.receive-maximum must be 1..65535");
        }
        if (batchMessages < 1) {
            throw new IllegalArgumentException("energiemonitor.mqtt.batch-messages must be positive");
        }
        if (batchWriters < 1 || batchWriters > 16) {
            throw new IllegalArgumentException("energiemonitor.mqtt.batch-writers must be 1..16");
        }
    }

    String subscription() {
        return sharedGroup.isBlank() ? TopicAddress.FILTER : "$share/" + sharedGroup + "/" + TopicAddress.FILTER;
    }
}
