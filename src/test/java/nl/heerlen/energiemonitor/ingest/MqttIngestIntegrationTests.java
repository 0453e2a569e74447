package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.ingest.Payloads.of;
import static nl.heerlen.energiemonitor.ingest.Payloads.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestBroker;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MqttIngestIntegrationTests extends IntegrationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestBroker device;

    @Autowired
    MeterRegistry metrics;
    @Autowired
    MqttIngest ingest;

    @BeforeAll
    static void connectDevice() {
        device = new TestBroker();
    }

    @AfterAll
    static void disconnectDevice() throws Exception {
        device.close();
    }

    @Test
    void readingsTravelFromTheBrokerToTheDatabaseInCanonicalUnits() {
        awaitSubscribed();
        String meter = TestMeters.heatMeter();
        double acceptedBefore = counter("energiemonitor.readings.accepted");
        long latencyBefore = metrics.get("energiemonitor.ingest.commit.latency").timer().count();

        device.publish(TestMeters.topic(meter), of(
                reading("2026-06-01T12:00:00+02:00", "heat_energy", 1.8, "GJ"),
                reading("2026-06-01T12:00:00+02:00", "supply_temp", 28.5, "Cel"),
                reading("2026-06-01T12:05:00+02:00", "heat_energy", 1800.5, "MWh")));

        await(WAIT, "3 readings stored", () -> TestSql.count("select count(*) from reading where meter_id = ?", meter) == 3);
        List<Map<String, Object>> rows = TestSql.rows(
                "select channel, value, ts = timestamptz '2026-06-01T10:00:00Z' as at_noon from reading where meter_id = ? order by ts, channel",
                meter);
        assertThat(rows.get(0)).containsEntry("channel", "heat_energy").containsEntry("at_noon", true);
        assertThat((Double) rows.get(0).get("value")).isCloseTo(500.0, within(1e-9));
        assertThat((Double) rows.get(1).get("value")).isEqualTo(28.5);
        assertThat((Double) rows.get(2).get("value")).isCloseTo(1_800_500.0, within(1e-6));
        await(WAIT, "accepted counter", () -> counter("energiemonitor.readings.accepted") - acceptedBefore >= 3);
        assertThat(metrics.get("energiemonitor.ingest.commit.latency").timer().count()).isGreaterThan(latencyBefore);
    }

    @Test
    void theSameMessageTwiceIsStoredOnce() {
        awaitSubscribed();
        String meter = TestMeters.pvInverter(10);
        String payload = of(reading("2026-06-01T12:00:00+02:00", "pv_energy", 100.0, "kWh"));
        double duplicatesBefore = counter("energiemonitor.readings.duplicates");

        device.publish(TestMeters.topic(meter), payload);
        device.publish(TestMeters.topic(meter), payload);

        await(WAIT, "duplicate counted", () -> counter("energiemonitor.readings.duplicates") - duplicatesBefore >= 1);
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", meter)).isEqualTo(1);
    }

    @Test
    void aDifferentValueForAStoredReadingIsAConflictAndDoesNotOverwrite() {
        awaitSubscribed();
        String meter = TestMeters.pvInverter(10);
        device.publish(TestMeters.topic(meter), of(reading("2026-06-01T12:00:00+02:00", "pv_energy", 100.0, "kWh")));
        await(WAIT, "first stored", () -> TestSql.count("select count(*) from reading where meter_id = ?", meter) == 1);

        device.publish(TestMeters.topic(meter), of(reading("2026-06-01T12:00:00+02:00", "pv_energy", 101.0, "kWh")));

        await(WAIT, "conflict recorded", () -> TestSql.count("select count(*) from reading_conflict where meter_id = ?", meter) == 1);
        assertThat(TestSql.single("select value from reading where meter_id = ?", meter)).isEqualTo(100.0);
        assertThat(TestSql.single("select rejected_value from reading_conflict where meter_id = ?", meter)).isEqualTo(101.0);
    }

    private void awaitSubscribed() {
        await(WAIT, "subscribed at the broker", ingest::receiving);
    }

    private double counter(String name) {
        return metrics.get(name).tag("source", "mqtt").counter().count();
    }
}
