package nl.heerlen.energiemonitor.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The settings the bootstrap reads (environment variables work too, e.g. ENERGIEMONITOR_BOOTSTRAP_EMBEDDED=never):
 * <ul>
 * <li>{@code energiemonitor.bootstrap.enabled} (true): false leaves the configuration exactly as it is;</li>
 * <li>{@code energiemonitor.bootstrap.embedded} (auto): see {@link Mode};</li>
 * <li>{@code energiemonitor.bootstrap.data-dir} (./data): embedded services keep their data in postgres/ and hivemq/ under it;</li>
 * <li>{@code energiemonitor.bootstrap.postgres-port} (54329) and {@code mqtt-port} (18830): ports of the embedded services;</li>
 * <li>{@code energiemonitor.bootstrap.probe-timeout} (500ms): how long a TCP connect may take before a service counts as absent.</li>
 * </ul>
 * {@code r2dbcUsername} and {@code r2dbcPassword} are null when not set.
 */
record BootstrapSettings(boolean enabled, Mode mode, Path dataDir, int postgresPort, int mqttPort,
                         Duration probeTimeout, String r2dbcUrl, String r2dbcUsername, String r2dbcPassword,
                         String flywayUrl, String mqttUrl) {

    static final String PREFIX = "energiemonitor.bootstrap.";
    static final String DEFAULT_R2DBC_URL = "r2dbc:postgresql://127.0.0.1:5432/energiemonitor";
    static final String DEFAULT_MQTT_URL = "tcp://127.0.0.1:1883";

    /** When to start embedded services instead of the configured ones. */
    enum Mode {
        /** Only when the configured service runs on this machine (loopback) and does not answer. */
        AUTO,
        /** Always embedded, whatever is configured. */
        ALWAYS,
        /** Never: the configured services are used, reachable or not. */
        NEVER
    }

    private static Mode mode(String value) {
        try {
            return Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "embedded must be auto, always or never, not '" + value + "'");
        }
    }

    static BootstrapSettings from(ConfigurableEnvironment env) {
        return new BootstrapSettings(
                env.getProperty(PREFIX + "enabled", Boolean.class, true),
                mode(env.getProperty(PREFIX + "embedded", "auto")),
                Path.of(env.getProperty(PREFIX + "data-dir", "./data")).toAbsolutePath().normalize(),
                env.getProperty(PREFIX + "postgres-port", Integer.class, 54329),
                env.getProperty(PREFIX + "mqtt-port", Integer.class, 18830),
                Binder.get(env).bind(PREFIX + "probe-timeout", Duration.class).orElse(Duration.ofMillis(500)),
                env.getProperty("spring.r2dbc.url", DEFAULT_R2DBC_URL),
                env.getProperty("spring.r2dbc.username"),
                env.getProperty("spring.r2dbc.password"),
                env.getProperty("spring.flyway.url"),
                env.getProperty("energiemonitor.mqtt.url", DEFAULT_MQTT_URL));
    }
}
