package nl.heerlen.energiemonitor.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An analyst's and an anonymous user's view of a neighbourhood of 12 homes (shown) and of 6 (suppressed), through
 * the group energy API, the klimaatbegroting (JSON, published, CSV) and the single-meter endpoints.
 */
@IntegrationTest
class HouseholdAggregatesIntegrationTests extends IntegrationTestSupport {
    static final int TWELVE_YEAR = 2019;
    static final int SIX_YEAR = 2021;
    static Homes.Neighbourhood twelve;
    static Homes.Neighbourhood six;

    @Autowired
    WebTestClient anonymous;

    @BeforeEach
    void neighbourhoods() {
        if (twelve != null) {
            return;
        }
        twelve = Homes.of(12, "6.5", LocalDate.of(TWELVE_YEAR, 1, 1), LocalDate.of(TWELVE_YEAR + 1, 1, 1));
        six = Homes.of(6, "6.5", LocalDate.of(SIX_YEAR, 1, 1), LocalDate.of(SIX_YEAR + 1, 1, 1));
    }

    @Test
    void analystsSeeTheTotalOfTwelveHomesButNotOfSix() {
        List<Map<String, Object>> shown = groupEnergy(twelve, TWELVE_YEAR);
        assertThat(shown).hasSize(3).allSatisfy(b -> {
            assertThat(b.get("suppressed")).isEqualTo(false);
            assertThat(((Number) b.get("value")).doubleValue()).isEqualTo(120.0); // 12 homes x 10 kWh
        });
        List<Map<String, Object>> hidden = groupEnergy(six, SIX_YEAR);
        assertThat(hidden).hasSize(3).allSatisfy(b -> {
            assertThat(b.get("suppressed")).isEqualTo(true);
            assertThat(b.get("value")).isNull();
            assertThat(b.get("coverage")).isNull();
        });
    }

    @Test
    void adminsSeeEvenSmallGroups() {
        assertThat(groupEnergy(TestUsers.admin(anonymous), six, SIX_YEAR))
                .allSatisfy(b -> assertThat(((Number) b.get("value")).doubleValue()).isEqualTo(60.0));
    }

    @Test
    void analystsDoNotSeeASingleHome() {
        WebTestClient analyst = TestUsers.analyst(anonymous);
        String meter = twelve.heatMeters().get(0);
        String range = "from=" + TWELVE_YEAR + "-01-01&to=" + TWELVE_YEAR + "-01-04";
        analyst.get().uri("/api/v1/meters/" + meter + "/energy?channel=heat_energy&resolution=day&" + range)
                .exchange().expectStatus().isForbidden();
        analyst.get().uri("/api/v1/meters/" + meter + "/readings?" + range).exchange().expectStatus().isForbidden();
        analyst.get().uri("/api/v1/meters/" + meter + "/measurements?channel=supply_temp&" + range)
                .exchange().expectStatus().isForbidden();
        analyst.get().uri("/api/v1/meters/" + meter).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.household").isEqualTo(true);
    }

    @Test
    void theKlimaatbegrotingShowsTheNeighbourhoodOfTwelveAndSuppressesTheOneOfSix() {
        WebTestClient analyst = TestUsers.analyst(anonymous);
        Map<String, Object> shown = gasFree(report(analyst, "/api/v1/klimaatbegroting/" + TWELVE_YEAR));
        assertThat(shown).containsEntry("suppressed", false).containsEntry("homesOffGas", 12);
        Map<String, Object> small = report(analyst, "/api/v1/klimaatbegroting/" + SIX_YEAR);
        assertThat(gasFree(small)).containsEntry("suppressed", true).containsEntry("homesOffGas", null)
                .containsEntry("co2AvoidedTonnes", null);
        assertThat(measure(small, "6.5")).containsEntry("suppressed", true).containsEntry("kpiActual", null)
                .containsEntry("meters", List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportNeverListsAHomesMeterAndCountsHomesEnergyOnlyForAYearWithEnoughHomes() {
        WebTestClient analyst = TestUsers.analyst(anonymous);
        Map<String, Object> shown = report(analyst, "/api/v1/klimaatbegroting/" + TWELVE_YEAR);
        assertThat(meterIds(shown)).doesNotContainAnyElementsOf(twelve.heatMeters());
        assertThat((List<String>) measure(shown, "6.5").get("meters")).doesNotContainAnyElementsOf(twelve.heatMeters());
        assertThat(homesKwh(shown)).as("12 homes x 3 days x 10 kWh").isEqualTo(360.0);
        assertThat(gasFreeQuality(shown).get("coverage")).isNotNull();

        Map<String, Object> small = report(analyst, "/api/v1/klimaatbegroting/" + SIX_YEAR);
        assertThat(meterIds(small)).doesNotContainAnyElementsOf(six.heatMeters());
        assertThat(homesKwh(small)).isZero();
        assertThat(gasFreeQuality(small)).containsEntry("coverage", null).containsEntry("estimatedShare", null);
    }

    @Test
    void anonymousReadersOfThePublishedReportSeeTheSame() {
        WebTestClient admin = TestUsers.admin(anonymous);
        for (int year : new int[] {TWELVE_YEAR, SIX_YEAR}) {
            admin.post().uri("/api/v1/admin/klimaatbegroting/{y}/publish", year).exchange().expectStatus().is2xxSuccessful();
        }
        assertThat(gasFree(report(anonymous, "/api/v1/klimaatbegroting/" + TWELVE_YEAR + "/published")))
                .containsEntry("suppressed", false).containsEntry("homesOffGas", 12);
        assertThat(gasFree(report(anonymous, "/api/v1/klimaatbegroting/" + SIX_YEAR + "/published")))
                .containsEntry("suppressed", true).containsEntry("homesOffGas", null);
        String csv = anonymous.get().uri("/api/v1/klimaatbegroting/{y}/report.csv?version=published", SIX_YEAR)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains("onderdrukt").doesNotContain(six.heatMeters().get(0));
        String html = anonymous.get().uri("/api/v1/klimaatbegroting/{y}/report.html?version=published", SIX_YEAR)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("privacydrempel");
    }

    private List<Map<String, Object>> groupEnergy(Homes.Neighbourhood n, int year) {
        return groupEnergy(TestUsers.analyst(anonymous), n, year);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groupEnergy(WebTestClient client, Homes.Neighbourhood n, int year) {
        // The neighbourhood's homes are the only ones of measure 6.5 in service that year.
        return (List<Map<String, Object>>) (List<?>) client.get().uri("/api/v1/energy?measure=6.5&kind=heat_meter"
                        + "&channel=heat_energy&resolution=day&from=" + year + "-01-01&to=" + year + "-01-04")
                .exchange().expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> report(WebTestClient client, String uri) {
        return client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build().get().uri(uri).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> meterIds(Map<String, Object> report) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) report.get("mijnwaterHeat")).get("meters")).stream()
                .map(m -> (String) m.get("meterId")).toList();
    }

    /** The heat of the homes in the report's total: the total minus the meters listed one by one. */
    @SuppressWarnings("unchecked")
    private static double homesKwh(Map<String, Object> report) {
        Map<String, Object> heat = (Map<String, Object>) report.get("mijnwaterHeat");
        double listed = ((List<Map<String, Object>>) heat.get("meters")).stream()
                .mapToDouble(m -> ((Number) m.get("kwh")).doubleValue()).sum();
        return Math.round((((Number) heat.get("totalKwh")).doubleValue() - listed) * 1e6) / 1e6;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> gasFreeQuality(Map<String, Object> report) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) report.get("quality")).get("groups")).stream()
                .filter(g -> "gas_free".equals(g.get("group"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> gasFree(Map<String, Object> report) {
        return (Map<String, Object>) ((Map<String, Object>) report.get("groups")).get("gasFree");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(Map<String, Object> report, String code) {
        return ((List<Map<String, Object>>) report.get("measures")).stream().filter(m -> code.equals(m.get("code")))
                .findFirst().orElseThrow();
    }
}
