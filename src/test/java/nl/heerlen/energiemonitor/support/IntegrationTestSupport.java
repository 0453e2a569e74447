package nl.heerlen.energiemonitor.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Points the service at the tests' own database and the local broker. */
public abstract class IntegrationTestSupport {
    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database(registry);
        registry.add("energiemonitor.mqtt.url", () -> TestBroker.URL);
    }

    /**
     * The tests' own database only: for tests with a broker of their own, which register energiemonitor.mqtt.url
     * themselves and therefore do not extend this class (a superclass's registration would win).
     */
    public static void database(DynamicPropertyRegistry registry) {
        TestDatabase.ensureCreated();
        registry.add("spring.r2dbc.url", TestDatabase::r2dbcUrl);
        registry.add("spring.r2dbc.username", () -> TestDatabase.USER);
        registry.add("spring.flyway.url", () -> TestDatabase.jdbcUrl(TestDatabase.NAME));
        registry.add("spring.flyway.user", () -> TestDatabase.USER);
    }

    /** Waits until the condition holds, failing with the message after the timeout. */
    public static void await(Duration timeout, String message, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + ": " + message);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
