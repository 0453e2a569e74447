package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.heerlen.energiemonitor.readings.Reading;
import nl.heerlen.energiemonitor.readings.ReadingStore;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The accounting rule on the real database: late data, backfills, resets, exchanges and the DST days. */
@IntegrationTest
class AccountingIntegrationTests extends IntegrationTestSupport {
    @Autowired
    ReadingStore store;
    @Autowired
    AccountingWorker worker;
    WebTestClient web;

    @Autowired
    void loginAsAdmin(WebTestClient client) {
        this.web = TestUsers.admin(client);
    }

    @Test
    void lateReadingSplitsAnIntervalAndOnlyItsBucketsChange() {
        String meter = TestMeters.heatMeter();
        store(meter, Channel.HEAT_ENERGY, "2026-06-01T10:00:00Z", 0, "2026-06-01T11:00:00Z", 12);
        settle(meter);
        assertThat(quarter(meter, "2026-06-01T10:00:00Z")).isCloseTo(3.0, within(1e-9));

        store(meter, Channel.HEAT_ENERGY, "2026-06-01T10:30:00Z", 10);
        settle(meter);

        assertThat(quarter(meter, "2026-06-01T10:00:00Z")).isCloseTo(5.0, within(1e-9));
        assertThat(quarter(meter, "2026-06-01T10:45:00Z")).isCloseTo(1.0, within(1e-9));
        assertThat(day(meter, "2026-06-01")).isCloseTo(12.0, within(1e-9));
    }

    @Test
    void shuffledBackfillOfAQuarterGivesTheRegisterDifference() {
        String meter = TestMeters.heatMeter();
        Random random = new Random(42);
        List<Reading> readings = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        double register = 5000;
        for (int i = 0; i <= 90 * 96; i++) {
            readings.add(new Reading(new MeterId(meter), Channel.HEAT_ENERGY, start.plusSeconds(900L * i), register));
            register += random.nextDouble() * 2;
        }
        double expected = readings.get(readings.size() - 1).value() - readings.get(0).value();
        Collections.shuffle(readings, random);
        for (int i = 0; i < readings.size(); i += 1000) {
            store.store(readings.subList(i, Math.min(readings.size(), i + 1000))).block();
        }
        settle(meter);

        double days = (Double) TestSql.single("select sum(energy) from energy_day where meter_id = ?", meter);
        double quarters = (Double) TestSql.single("select sum(energy) from energy_quarter_hour where meter_id = ?", meter);
        assertThat(days).isCloseTo(expected, within(1e-6));
        assertThat(quarters).isCloseTo(expected, within(1e-6));
    }

    @Test
    void aResetCountsTheNewRegisterFromZero() {
        String meter = TestMeters.pvInverter(100);
        store(meter, Channel.PV_ENERGY, "2026-06-01T10:00:00Z", 1000, "2026-06-01T10:15:00Z", 1010,
                "2026-06-01T10:30:00Z", 4);
        settle(meter);
        assertThat(day(meter, "2026-06-01")).isCloseTo(14.0, within(1e-9));
    }

    @Test
    void aRegisteredExchangeReplacesTheResetRule() {
        String meter = TestMeters.pvInverter(100);
        store(meter, Channel.PV_ENERGY, "2026-06-01T10:00:00Z", 1000, "2026-06-01T10:15:00Z", 1010,
                "2026-06-01T10:30:00Z", 3);
        settle(meter);
        assertThat(day(meter, "2026-06-01")).isCloseTo(13.0, within(1e-9));

        web.post().uri("/api/v1/meters/{id}/exchanges", meter).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"channel":"pv_energy","exchangedAt":"2026-06-01T12:20:00+02:00","finalReadingOld":1015,"startReadingNew":0}""")
                .exchange().expectStatus().isCreated();
        settle(meter);

        assertThat(day(meter, "2026-06-01")).isCloseTo(18.0, within(1e-9));
    }

    @Test
    void daylightSavingDaysHave23And25Hours() {
        String meter = TestMeters.heatMeter();
        for (String date : new String[] {"2026-03-29", "2026-10-25"}) {
            Instant from = AmsterdamCalendar.startOf(LocalDate.parse(date));
            Instant to = AmsterdamCalendar.startOf(LocalDate.parse(date).plusDays(1));
            List<Reading> hourly = new ArrayList<>();
            for (Instant t = from; !t.isAfter(to); t = t.plus(Duration.ofHours(1))) {
                hourly.add(new Reading(new MeterId(meter), Channel.HEAT_ENERGY, t, Duration.between(from, t).toHours()));
            }
            store.store(hourly).block();
        }
        settle(meter);

        assertThat(day(meter, "2026-03-29")).isCloseTo(23.0, within(1e-9));
        assertThat(day(meter, "2026-10-25")).isCloseTo(25.0, within(1e-9));
        web.get().uri("/api/v1/meters/{id}/energy?channel=heat_energy&from=2026-10-25&to=2026-10-26&resolution=day", meter)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].start").isEqualTo("2026-10-25T00:00+02:00")
                .jsonPath("$[0].end").isEqualTo("2026-10-26T00:00+01:00")
                .jsonPath("$[0].value").isEqualTo(25.0)
                .jsonPath("$[0].coverage").isEqualTo(1.0)
                .jsonPath("$[0].estimated").isEqualTo(false);
    }

    private void store(String meter, Channel channel, Object... tsAndValues) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < tsAndValues.length; i += 2) {
            readings.add(new Reading(new MeterId(meter), channel, Instant.parse((String) tsAndValues[i]),
                    ((Number) tsAndValues[i + 1]).doubleValue()));
        }
        store.store(readings).block();
    }

    private void settle(String meter) {
        Rollups.settle(worker, meter);
    }

    private static double quarter(String meter, String start) {
        return (Double) TestSql.single("select energy from energy_quarter_hour where meter_id = ? and bucket_start = ?::timestamptz",
                meter, start);
    }

    private static double day(String meter, String day) {
        return (Double) TestSql.single("select energy from energy_day where meter_id = ? and day = ?::date", meter, day);
    }
}
