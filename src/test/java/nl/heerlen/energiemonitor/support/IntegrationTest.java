package nl.heerlen.energiemonitor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * A test of the whole service against the real local PostgreSQL (its own database) and Mosquitto. Each context gets
 * its own shared-subscription group, so that other contexts or a running demo do not take its messages. Alerts are not
 * evaluated periodically: alert tests evaluate at crafted instants, and a run against the wall clock would replace the
 * alerts they (and the dashboard tests) arranged. Tests that need other values use {@code @TestPropertySource}, which
 * takes precedence over these.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "energiemonitor.bootstrap.embedded=never",
        "energiemonitor.mqtt.shared-group=test-${random.uuid}",
        "energiemonitor.mqtt.client-id=test-${random.uuid}",
        "energiemonitor.mqtt.session-expiry=60s",
        "energiemonitor.accounting.poll-interval=200ms",
        // tests wait for their rollups: recompute at once instead of letting changes settle first
        "energiemonitor.accounting.settle=0s",
        // every context's worker also claims the ranges another test class poisons on purpose
        // (AccountingFailureIntegrationTests): the same few, short retries everywhere
        "energiemonitor.accounting.max-attempts=3",
        "energiemonitor.accounting.retry-backoff=200ms",
        // every cached test context keeps its accounting worker and pool busy on the same database: on a loaded
        // machine 10 s to get a connection was seen to run out
        "spring.r2dbc.pool.max-acquire-time=30s",
        "energiemonitor.simulator.enabled=false",
        "energiemonitor.alerts.enabled=false",
        // tests post many readings at once as one installer; RateLimitIntegrationTests checks the limit itself
        "energiemonitor.http-ingest.rate-limit.requests=1000000"})
@AutoConfigureWebTestClient(timeout = "PT60S")
public @interface IntegrationTest {
}
