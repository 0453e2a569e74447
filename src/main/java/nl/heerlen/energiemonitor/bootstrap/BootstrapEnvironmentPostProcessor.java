package nl.heerlen.energiemonitor.bootstrap;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import nl.heerlen.energiemonitor.bootstrap.BootstrapSettings.Mode;

/**
 * Runs once per application start, right after application.yml, environment variables and arguments are loaded:
 * derives Flyway's JDBC settings from the R2DBC ones, starts an embedded PostgreSQL and/or MQTT broker when the
 * configured ones are missing (see {@link Mode}), creates the database if the server lacks it, and puts the resulting
 * settings in a property source named {@value #PROPERTY_SOURCE} that wins over all others.
 */
public class BootstrapEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "energiemonitorBootstrap";
    static final String DEFAULTS_SOURCE = "energiemonitorBootstrapDefaults";
    static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 1;

    private final Log log;

    public BootstrapEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(BootstrapEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        addDefaults(environment);
        BootstrapSettings settings = BootstrapSettings.from(environment);
        if (!settings.enabled()) {
            log.info("Bootstrap disabled (energiemonitor.bootstrap.enabled=false): configuration used as it is");
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        database(settings, properties);
        broker(settings, properties);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    /** Defaults with the lowest precedence, so that the application starts without any configuration. */
    private static void addDefaults(ConfigurableEnvironment environment) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // HiveMQ's jar carries a logback.xml that Spring Boot would otherwise prefer over logback-spring.xml
        defaults.put("logging.config", "classpath:logback-spring.xml");
        defaults.put("spring.r2dbc.url", BootstrapSettings.DEFAULT_R2DBC_URL);
        defaults.put("energiemonitor.mqtt.url", BootstrapSettings.DEFAULT_MQTT_URL);
        environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS_SOURCE, defaults));
        String url = environment.getProperty("spring.r2dbc.url", BootstrapSettings.DEFAULT_R2DBC_URL);
        if (PostgresUrl.isPostgres(url) && PostgresUrl.parse(url).user() == null) {
            defaults.put("spring.r2dbc.username", "postgres");
        }
    }

    private void database(BootstrapSettings s, Map<String, Object> properties) {
        PostgresUrl url = PostgresUrl.parse(s.r2dbcUrl());
        String user = Objects.requireNonNullElse(s.r2dbcUsername(), Objects.requireNonNullElse(url.user(), "postgres"));
        String password = Objects.requireNonNullElse(s.r2dbcPassword(), Objects.requireNonNullElse(url.password(), ""));
        String database = url.databaseOr(user);
        boolean reachable = TcpProbe.reachable(url.host(), url.port(), s.probeTimeout());
        if (useEmbedded(s.mode(), reachable, url.host(), "PostgreSQL", url.host() + ":" + url.port())) {
            Path dataDir = s.dataDir().resolve("postgres");
            int port = s.postgresPort();
            String where = EmbeddedServices.ensurePostgres(dataDir, port, s.probeTimeout())
                    ? "data in " + dataDir + " (server log: " + dataDir.resolveSibling("postgres.log") + ")"
                    : "already running in another process on this machine, shared with it";
            PostgresUrl local = url.at("127.0.0.1", port);
            properties.put("spring.r2dbc.url", local.r2dbcUrl(database));
            properties.put("spring.r2dbc.username", "postgres");
            properties.put("spring.r2dbc.password", "");
            flyway(properties, local.jdbcUrl(database), "postgres", "");
            createDatabase(local, "postgres", "", database);
            log.info("Database: embedded PostgreSQL on 127.0.0.1:" + port + ", database " + database + ", " + where
                    + "; configured " + url.host() + ":" + url.port() + " " + reason(s.mode()));
            return;
        }
        String flywayUrl = s.flywayUrl();
        if (flywayUrl == null) {
            flywayUrl = url.jdbcUrl(database);
            flyway(properties, flywayUrl, user, password);
        }
        if (reachable) {
            createDatabase(url, user, password, database);
        }
        log.info("Database: external PostgreSQL at " + url.host() + ":" + url.port() + ", database " + database
                + " (data lives on that server" + (reachable ? "" : "; NOT reachable now") + "); Flyway uses "
                + flywayUrl + (s.flywayUrl() == null ? " (derived from spring.r2dbc.url)" : " (set explicitly)"));
    }

    private void broker(BootstrapSettings s, Map<String, Object> properties) {
        InetSocketAddress address = TcpProbe.mqttAddress(s.mqttUrl());
        boolean reachable = TcpProbe.reachable(address.getHostString(), address.getPort(), s.probeTimeout());
        if (useEmbedded(s.mode(), reachable, address.getHostString(), "MQTT broker", s.mqttUrl())) {
            int port = s.mqttPort();
            Path dir = s.dataDir().resolve("hivemq");
            String where = EmbeddedServices.ensureBroker(dir, port, s.probeTimeout())
                    ? "persistence in " + dir
                    : "already running in another process on this machine, shared with it";
            String url = "tcp://127.0.0.1:" + port;
            properties.put("energiemonitor.mqtt.url", url);
            log.info("MQTT broker: embedded HiveMQ CE (MQTT 5, shared subscriptions) on " + url + ", " + where
                    + "; configured " + s.mqttUrl() + " " + reason(s.mode()));
            return;
        }
        log.info("MQTT broker: external at " + s.mqttUrl() + (reachable ? "" : " (NOT reachable now)"));
    }

    private boolean useEmbedded(Mode mode, boolean reachable, String host, String what, String where) {
        if (mode == Mode.ALWAYS) {
            return true;
        }
        if (mode == Mode.NEVER || reachable) {
            return false;
        }
        if (!TcpProbe.isLoopback(host)) {
            log.warn(what + " at " + where + " is not reachable; not starting an embedded one in its place because it"
                    + " is configured on another machine (set energiemonitor.bootstrap.embedded=always to force it)");
            return false;
        }
        return true;
    }

    private static String reason(Mode mode) {
        return mode == Mode.ALWAYS ? "ignored (energiemonitor.bootstrap.embedded=always)" : "not reachable";
    }

    private static void flyway(Map<String, Object> properties, String url, String user, String password) {
        properties.put("spring.flyway.url", url);
        properties.put("spring.flyway.user", user);
        properties.put("spring.flyway.password", password);
    }

    private void createDatabase(PostgresUrl server, String user, String password, String database) {
        try {
            if (DatabaseCreator.ensureExists(server.jdbcUrl("postgres"), user, password, database)) {
                log.info("Database: created database " + database + " on " + server.host() + ":" + server.port());
            }
        } catch (SQLException e) {
            log.warn("Database: could not check or create database " + database + " on " + server.host() + ":"
                    + server.port() + " (" + e.getMessage() + "); continuing, the application will report it");
        }
    }
}
