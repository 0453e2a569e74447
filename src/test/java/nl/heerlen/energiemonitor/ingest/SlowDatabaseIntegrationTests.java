package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.support.IntegrationTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.PrivateBrokerTestSupport;
import nl.heerlen.energiemonitor.support.SteadyPublisher;
import nl.heerlen.energiemonitor.support.TestDatabase;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A slow database: another connection holds an exclusive lock on the readings table for 30 s while a device publishes
 * at a steady rate. The service holds no more than the receive maximum uncommitted, acknowledges nothing it could not
 * commit (so the broker keeps the rest), and afterwards every reading is stored once. On a private broker and this
 * checkout's test database; {@code -Dslowdb.seconds} changes the lock time.
 */
@IntegrationTest
class SlowDatabaseIntegrationTests extends PrivateBrokerTestSupport {
    private static final Duration LOCK = Duration.ofSeconds(Long.getLong("slowdb.seconds", 30));
    private static final int PER_SECOND = 100;
    private static final int COUNT = (int) (LOCK.toSeconds() + 8) * PER_SECOND;

    @Autowired
    MqttIngest ingest;
    @Autowired
    IngestProperties properties;
    @Autowired
    MeterRegistry metrics;

    @Test
    void aLockedReadingsTableHoldsMessagesAtTheBrokerNotInTheHeap() throws Exception {
        await(Duration.ofSeconds(60), "subscribed", ingest::receiving);
        String meter = TestMeters.pvInverter(10);
        try (SteadyPublisher device = new SteadyPublisher(broker.url(), TestMeters.topic(meter), COUNT, PER_SECOND).start();
             Connection locker = DriverManager.getConnection(TestDatabase.jdbcUrl(TestDatabase.NAME), TestDatabase.USER, "")) {
            await(Duration.ofSeconds(60), "some stored", () -> stored(meter) >= 300);
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("lock table reading in access exclusive mode");
            }
            // The lock blocks even reading the table, so commits are seen in the service's counters; a second's grace
            // for the counting of a batch whose commit the lock waited for.
            Thread.sleep(1_000);
            double committedAtLock = committed();
            double acknowledgedAtLock = acknowledged();
            int publishedAtLock = device.acknowledged();
            double committedDuringLock;
            double acknowledgedDuringLock;
            int publishedDuringLock;
            LoadSampler sampler = new LoadSampler(ingest);
            try (sampler) {
                Thread.sleep(LOCK.toMillis() - 1_000);
                committedDuringLock = committed() - committedAtLock;
                acknowledgedDuringLock = acknowledged() - acknowledgedAtLock;
                publishedDuringLock = device.acknowledged() - publishedAtLock;
            } finally {
                locker.commit();
            }
            long released = System.nanoTime();
            device.awaitDone(120_000);
            await(Duration.ofSeconds(120), "all stored", () -> stored(meter) >= COUNT);
            double catchUp = (System.nanoTime() - released) / 1e9;

            assertThat(committedDuringLock).as("nothing committed while the table is locked").isZero();
            assertThat(acknowledgedDuringLock).as("nothing acknowledged to the broker before its commit").isZero();
            assertThat(sampler.maxInFlight()).as("held uncommitted by the service").isLessThanOrEqualTo(properties.receiveMaximum());
            assertThat(publishedDuringLock - sampler.maxInFlight()).as("accepted by the broker, waiting there").isPositive();
            assertThat(stored(meter)).isEqualTo(COUNT);
            assertThat(TestSql.count("select count(distinct ts) from reading where meter_id = ?", meter)).isEqualTo(COUNT);
            assertThat((Double) TestSql.single("select sum(value) from reading where meter_id = ?", meter))
                    .isCloseTo(device.expectedSum(), within(1e-6));
            System.out.printf("[reliability] slow database: lock %ds at %d/s, sent=%d stored=%d (distinct ts %d); during the "
                    + "lock: published %d, held by the service max %d (receive maximum %d), max-queued=%d, "
                    + "max-heap-used=%dMB; lock released to all stored %.1fs%n", LOCK.toSeconds(), PER_SECOND, COUNT,
                    stored(meter), TestSql.count("select count(distinct ts) from reading where meter_id = ?", meter),
                    publishedDuringLock, sampler.maxInFlight(), properties.receiveMaximum(), sampler.maxQueued(),
                    sampler.maxHeapUsedMb(), catchUp);
        }
    }

    private double acknowledged() {
        return metrics.get("energiemonitor.mqtt.acknowledged").counter().count();
    }

    private double committed() {
        return metrics.find("energiemonitor.readings.accepted").counters().stream().mapToDouble(c -> c.count()).sum()
                + metrics.find("energiemonitor.readings.duplicates").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static long stored(String meter) {
        return TestSql.count("select count(*) from reading where meter_id = ?", meter);
    }
}
