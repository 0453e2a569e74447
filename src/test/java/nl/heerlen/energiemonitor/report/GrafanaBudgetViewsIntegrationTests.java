package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * PALET-voortgang computes CO2 avoided, the PALET path and the measured contribution in SQL (schema grafana, V60/V61);
 * on the known 2016 dataset they equal the klimaatbegroting's figures of the same database, measure by measure.
 */
@IntegrationTest
class GrafanaBudgetViewsIntegrationTests extends IntegrationTestSupport {
    private static final int YEAR = KlimaatbegrotingIntegrationTests.YEAR;

    private WebTestClient web;

    @Autowired
    void loginAsAdmin(WebTestClient client) {
        this.web = nl.heerlen.energiemonitor.support.TestUsers.admin(client);
    }

    @BeforeEach
    void knownDataset() {
        KnownDataset.arrange();
    }

    @Test
    void co2AvoidedPerMeasureEqualsTheKlimaatbegroting() {
        List<MeasureLine> report = report().measures();
        List<Map<String, Object>> rows = TestSql.rows("select * from grafana.co2_avoided(?, 'TTW')", YEAR);
        List<MeasureLine> shown = report.stream()
                .filter(m -> m.measuredCo2Tonnes() != null || m.expectedCo2Tonnes() != null || m.suppressed()).toList();
        assertThat(rows).extracting(r -> r.get("measure_code"))
                .containsExactlyInAnyOrderElementsOf(shown.stream().map(MeasureLine::code).toList());
        for (MeasureLine line : shown) {
            Map<String, Object> row = rows.stream().filter(r -> line.code().equals(r.get("measure_code"))).findFirst().orElseThrow();
            assertClose(line.code() + " kWh", row.get("measured_kwh"), line.measuredKwh());
            assertClose(line.code() + " CO2", row.get("co2_tonnes"), line.measuredCo2Tonnes());
            assertClose(line.code() + " expected CO2", row.get("expected_co2_tonnes"), line.expectedCo2Tonnes());
            assertThat(row.get("suppressed")).as(line.code() + " suppressed").isEqualTo(line.suppressed());
        }
        // The dataset has all three kinds of effect, so the comparison covers each formula.
        assertThat(shown).extracting(MeasureLine::code).contains("6.1", "6.4a", "6.4b", "6.5");
        assertThat(shown).allSatisfy(l -> assertThat(l.measuredCo2Tonnes()).isNotNull());
    }

    @Test
    void paletPathStatisticsAndMeasuredContributionEqualTheKlimaatbegroting() {
        PaletSection palet = report().palet();
        assertThat(palet).isNotNull();
        for (PaletSection.YearValue point : palet.path()) {
            Object tj = TestSql.single("select remaining_tj from grafana.palet_path where area = ? and year = ?",
                    palet.area(), point.year());
            assertClose("path " + point.year(), tj, point.value());
        }
        for (PaletSection.StatisticYear year : palet.statistics()) {
            Object tj = TestSql.single(
                    "select remaining_tj from grafana.klimaatmonitor_year where municipality = ? and year = ?",
                    palet.area(), year.year());
            assertClose("Klimaatmonitor " + year.year(), tj, year.remainingTj());
        }
        Object kwh = TestSql.single("select grafana.renewable_kwh(?)", YEAR);
        assertThat(palet.measuredContributionTj()).isPositive();
        assertClose("measured contribution", ((Number) kwh).doubleValue() * PaletCalculator.TJ_PER_KWH,
                palet.measuredContributionTj());
    }

    private static void assertClose(String what, Object actual, Double expected) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(((Number) actual).doubleValue()).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    private Klimaatbegroting report() {
        return web.get().uri("/api/v1/klimaatbegroting/{y}", YEAR).exchange().expectStatus().isOk()
                .expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
    }
}
