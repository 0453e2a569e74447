package nl.heerlen.energiemonitor.support;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tests' own database and a Mosquitto of the test class's own, which the test may stop, restart or flood. The
 * context goes with the broker: a cached context would keep reconnecting to a closed broker for the rest of the run.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PrivateBrokerTestSupport {
    protected static PrivateMosquitto broker;

    @DynamicPropertySource
    static void privateBroker(DynamicPropertyRegistry registry) throws Exception {
        IntegrationTestSupport.database(registry);
        broker = new PrivateMosquitto();
        registry.add("energiemonitor.mqtt.url", broker::url);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }
}
