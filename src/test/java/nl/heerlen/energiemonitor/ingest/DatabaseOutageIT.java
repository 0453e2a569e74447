package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.support.IntegrationTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.PrivateMosquitto;
import nl.heerlen.energiemonitor.support.PrivatePostgres;
import nl.heerlen.energiemonitor.support.SteadyPublisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * PostgreSQL (a private cluster) stopped for 60 s while a device publishes: the service stays alive, is not ready,
 * stops acknowledging (the broker keeps the messages; asserted through energiemonitor.mqtt.acknowledged), keeps what it
 * holds bounded, and catches up with every reading
 * stored once. Not part of the suite (about 3 minutes): {@code .ci/faults} runs it.
 */
@IntegrationTest
class DatabaseOutageIT {
    private static final int COUNT = Integer.getInteger("outage.readings", 9_000);
    private static final int PER_SECOND = 100;
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("outage.seconds", 60));
    private static PrivatePostgres db;
    private static PrivateMosquitto broker;

    @Autowired
    WebTestClient web;
    @Autowired
    MqttIngest ingest;
    @Autowired
    MeterRegistry metrics;

    @DynamicPropertySource
    static void privateServices(DynamicPropertyRegistry registry) throws Exception {
        db = new PrivatePostgres();
        broker = new PrivateMosquitto();
        registry.add("spring.r2dbc.url", db::r2dbcUrl);
        registry.add("spring.r2dbc.username", () -> "postgres");
        registry.add("spring.flyway.url", () -> db.jdbcUrl(PrivatePostgres.DATABASE));
        registry.add("spring.flyway.user", () -> "postgres");
        registry.add("energiemonitor.mqtt.url", broker::url);
        registry.add("energiemonitor.mqtt.shared-group", () -> "");
    }

    @AfterAll
    static void stopServices() {
        broker.close();
        db.close();
    }

    @Test
    void aDatabaseOutageUnderLoadLosesNothing() throws Exception {
        await(Duration.ofSeconds(60), "subscribed", ingest::receiving);
        String meter = "outage-pv";
        sql("insert into installer (id, name) values ('test-installer', 'Test') on conflict do nothing");
        sql("insert into meter (id, kind, installer_id, capacity_kwp, max_gap) values ('" + meter
                + "', 'pv_inverter', 'test-installer', 10, interval '1 hour')");
        int maxQueued = 0;
        int maxInFlight = 0;
        try (SteadyPublisher device = new SteadyPublisher(broker.url(), "energie/v1/test-installer/" + meter, COUNT,
                PER_SECOND).start()) {
            await(Duration.ofSeconds(60), "some stored", () -> count(meter) >= 500);
            db.stop();
            long down = System.nanoTime();
            await(Duration.ofSeconds(30), "readiness DOWN", () -> code("/actuator/health/readiness") == 503);
            assertThat(code("/actuator/health/liveness")).isEqualTo(200);
            double acknowledgedWhileDown = acknowledged();
            long usedMax = 0;
            while (System.nanoTime() - down < OUTAGE.toNanos()) {
                maxQueued = Math.max(maxQueued, ingest.queued());
                maxInFlight = Math.max(maxInFlight, ingest.inFlight());
                Runtime rt = Runtime.getRuntime();
                usedMax = Math.max(usedMax, rt.totalMemory() - rt.freeMemory());
                Thread.sleep(200);
            }
            acknowledgedWhileDown = acknowledged() - acknowledgedWhileDown;
            db.start();
            long up = System.nanoTime();
            await(Duration.ofSeconds(60), "readiness UP", () -> code("/actuator/health/readiness") == 200);
            device.awaitDone(300_000);
            await(Duration.ofSeconds(180), "all stored", () -> count(meter) >= COUNT);
            double recovery = (System.nanoTime() - up) / 1e9;
            assertThat(count(meter)).isEqualTo(COUNT);
            assertThat(single("select sum(value) from reading where meter_id = '" + meter + "'"))
                    .isCloseTo(device.expectedSum(), within(1e-6));
            assertThat(acknowledgedWhileDown).as("acknowledged to the broker while nothing can be committed").isZero();
            assertThat(maxInFlight).as("held uncommitted: at most the receive maximum").isLessThanOrEqualTo(1000);
            System.out.printf("[reliability] database outage %ds: sent=%d stored=%d max-in-flight=%d max-queued=%d "
                    + "max-heap-used=%dMB database-up-to-all-stored=%.1fs publisher-retries=%d%n", OUTAGE.toSeconds(), COUNT,
                    count(meter), maxInFlight, maxQueued, usedMax >> 20, recovery, device.retries());
        }
    }

    private double acknowledged() {
        return metrics.get("energiemonitor.mqtt.acknowledged").counter().count();
    }

    private int code(String uri) {
        return web.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri(uri).exchange().returnResult(String.class).getStatus().value();
    }

    private static long count(String meter) {
        try {
            return (long) single("select count(*)::float8 from reading where meter_id = '" + meter + "'");
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    private static double single(String query) {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = db.connect()) {
            c.createStatement().execute(statement);
        }
    }
}
