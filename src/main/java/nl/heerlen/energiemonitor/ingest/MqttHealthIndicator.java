package nl.heerlen.energiemonitor.ingest;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "mqtt" in actuator health: UP while connected to the broker and subscribed to the shared subscription. Part of the
 * readiness group (with the database), not of liveness: a broker outage makes the instance not ready, never restarted.
 */
@Component
class MqttHealthIndicator implements HealthIndicator {
    private final MqttIngest ingest;
    private final IngestProperties properties;

    MqttHealthIndicator(MqttIngest ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.up().withDetail("enabled", false).build();
        }
        boolean connected = ingest.connected();
        boolean subscribed = ingest.receiving();
        Health.Builder builder = subscribed ? Health.up() : Health.down();
        return builder.withDetail("broker", properties.url())
                .withDetail("connected", connected)
                .withDetail("subscribed", subscribed)
                .withDetail("subscription", properties.subscription())
                .withDetail("queued", ingest.queued())
                .withDetail("inFlight", ingest.inFlight())
                .build();
    }
}
