package nl.heerlen.energiemonitor.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Suppression per bucket: a neighbourhood of 12 homes of which only 3 reported in one quarter hour (and on one day)
 * shows every other bucket and suppresses that one; filters that could isolate a home are refused.
 */
@IntegrationTest
class HouseholdBucketsIntegrationTests extends IntegrationTestSupport {
    static final LocalDate DAY = LocalDate.of(2033, 3, 10);
    static final Instant TEN = DAY.atTime(10, 0).atZone(AmsterdamCalendar.ZONE).toInstant();
    static final String QUARTERS = "&from=2033-03-10T09:00:00Z&to=2033-03-10T10:00:00Z";
    static final String DAYS = "&from=2033-03-10&to=2033-03-13";
    static Homes.Neighbourhood twelve;

    @Autowired
    WebTestClient anonymous;

    @BeforeEach
    void neighbourhood() {
        if (twelve != null) {
            return;
        }
        // Homes.of writes 10 kWh on each of the first three days; only 3 homes report on the second day.
        twelve = Homes.of(12, DAY, DAY.plusDays(1));
        for (int i = 0; i < twelve.heatMeters().size(); i++) {
            String meter = twelve.heatMeters().get(i);
            Homes.day(meter, "heat_energy", DAY.plusDays(2), 10);
            if (i < 3) {
                Homes.day(meter, "heat_energy", DAY.plusDays(1), 10);
            }
            for (int q = 0; q < 4; q++) {
                if (q != 2 || i < 3) {
                    Homes.quarter(meter, "heat_energy", TEN.plusSeconds(900L * q), 1.0);
                }
            }
        }
    }

    @Test
    void aQuarterHourWithThreeOfTwelveHomesIsSuppressedTheOthersAreShown() {
        List<Map<String, Object>> buckets = energy(TestUsers.analyst(anonymous), "measure=" + twelve.measure(), "15m", QUARTERS);
        assertThat(buckets).extracting(b -> b.get("start") + "=" + (b.get("suppressed").equals(true) ? "-" : value(b)))
                .containsExactly("2033-03-10T10:00+01:00=12.0", "2033-03-10T10:15+01:00=12.0",
                        "2033-03-10T10:30+01:00=-", "2033-03-10T10:45+01:00=12.0");
        assertThat(buckets.get(2)).containsEntry("value", null).containsEntry("coverage", null);
    }

    @Test
    void anHourWithSuchAQuarterIsSuppressedTooSoThatItCannotBeDifferenced() {
        assertThat(energy(TestUsers.analyst(anonymous), "measure=" + twelve.measure(), "hour", QUARTERS))
                .singleElement().satisfies(b -> assertThat(b).containsEntry("suppressed", true).containsEntry("value", null));
    }

    @Test
    void aDayWithThreeOfTwelveHomesIsSuppressedAndSoIsItsMonth() {
        List<Map<String, Object>> days = energy(TestUsers.analyst(anonymous), "measure=" + twelve.measure(), "day", DAYS);
        assertThat(days).extracting(b -> b.get("suppressed").equals(true) ? "-" : value(b))
                .containsExactly("120.0", "-", "120.0");
        assertThat(energy(TestUsers.analyst(anonymous), "measure=" + twelve.measure(), "month", "&from=2033-03-01&to=2033-04-01"))
                .singleElement().satisfies(b -> assertThat(b).containsEntry("suppressed", true));
    }

    @Test
    void adminsSeeEveryBucket() {
        assertThat(energy(TestUsers.admin(anonymous), "measure=" + twelve.measure(), "15m", QUARTERS))
                .extracting(HouseholdBucketsIntegrationTests::value).containsExactly("12.0", "12.0", "3.0", "12.0");
    }

    @Test
    void anonymousUsersGetNoGroupTotalsAtAll() {
        anonymous.get().uri("/api/v1/energy?measure=" + twelve.measure() + "&channel=heat_energy&resolution=15m" + QUARTERS)
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aSmallMeasureSuppressesTheBucketsOfATotalOverAllMeasures() {
        // Two homes of another measure report in every quarter hour: a total over all measures minus the total of
        // the twelve would give their sum, so the total over all measures is suppressed wherever they contribute.
        Homes.Neighbourhood two = Homes.of(2, DAY.plusYears(1), DAY.plusYears(1).plusDays(1));
        for (String meter : twelve.heatMeters()) {
            Homes.quarter(meter, "heat_energy", TEN.plusSeconds(365L * 86400), 1.0);
        }
        for (String meter : two.heatMeters()) {
            Homes.quarter(meter, "heat_energy", TEN.plusSeconds(365L * 86400), 1.0);
        }
        String range = "&from=2034-03-10T09:00:00Z&to=2034-03-10T09:15:00Z";
        assertThat(energy(TestUsers.analyst(anonymous), "kind=heat_meter", "15m", range))
                .singleElement().satisfies(b -> assertThat(b).containsEntry("suppressed", true));
        assertThat(energy(TestUsers.analyst(anonymous), "measure=" + twelve.measure(), "15m", range))
                .singleElement().satisfies(b -> assertThat(value(b)).isEqualTo("12.0"));
    }

    @Test
    void filtersBySiteOrInstallerOverHomesAreForAdminsOnly() {
        WebTestClient analyst = TestUsers.analyst(anonymous);
        String site = twelve.sites().get(0);
        for (String filter : List.of("site=" + site, "measure=" + twelve.measure() + "&installer=test-installer")) {
            analyst.get().uri("/api/v1/energy?" + filter + "&channel=heat_energy&resolution=day" + DAYS).exchange()
                    .expectStatus().isForbidden().expectBody().jsonPath("$.detail").value(d ->
                            assertThat(d.toString()).contains("per measure and meter kind"));
        }
        assertThat(energy(TestUsers.admin(anonymous), "site=" + site, "day", DAYS)).extracting(HouseholdBucketsIntegrationTests::value)
                .containsExactly("10.0", "10.0", "10.0");
    }

    @Test
    void theGrafanaViewLeavesOutTheDayWithThreeHomes() {
        assertThat(GrafanaHouseholdIntegrationTests.asReader("select day || ':' || homes from grafana.household_energy_day "
                + "where measure_code = '" + twelve.measure() + "' order by day"))
                .containsExactly("2033-03-10:12", "2033-03-12:12");
    }

    @Test
    void aKindWithFewHomesSuppressesTheDayOfItsMeasureInTheApiAndInGrafana() {
        // 12 homes with an inverter and 2 of them also with optimizers: pv_energy comes from two kinds, and the
        // measure's day minus its inverters' day would be the optimizers of 2 homes.
        LocalDate day = LocalDate.of(2035, 6, 1);
        String measure = "t-pv-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 12; i++) {
            String home = Homes.home(measure);
            Homes.day(TestMeters.onSite(home, "pv_inverter", 3.0), "pv_energy", day, 8);
            if (i < 2) {
                Homes.day(TestMeters.onSite(home, "pv_optimizer", 0.4), "pv_energy", day, 1);
            }
        }
        String range = "&from=2035-06-01&to=2035-06-02";
        WebTestClient analyst = TestUsers.analyst(anonymous);
        assertThat(energy(analyst, "measure=" + measure, "day", range, "pv_energy")).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("suppressed", true));
        assertThat(energy(analyst, "measure=" + measure + "&kind=pv_inverter", "day", range, "pv_energy")).singleElement()
                .satisfies(b -> assertThat(value(b)).isEqualTo("96.0"));
        assertThat(GrafanaHouseholdIntegrationTests.asReader("select count(*) from grafana.household_energy_day "
                + "where measure_code = '" + measure + "'")).containsExactly("0");
    }

    private static String value(Map<String, Object> bucket) {
        Object v = bucket.get("value");
        return v == null ? null : String.valueOf(((Number) v).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> energy(WebTestClient client, String filter, String resolution, String range) {
        return energy(client, filter, resolution, range, "heat_energy");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> energy(WebTestClient client, String filter, String resolution, String range,
                                                    String channel) {
        return (List<Map<String, Object>>) (List<?>) client.get().uri("/api/v1/energy?" + filter
                        + "&channel=" + channel + "&resolution=" + resolution + range)
                .exchange().expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody();
    }
}
