package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * KPI actuals entered by admins for measures no meter counts: stored with who and where from, used by the report
 * (the latest figure of the year), which says where each figure comes from. Year 2012 is this class's own.
 */
@IntegrationTest
class KpiActualIntegrationTests extends IntegrationTestSupport {
    private static final int YEAR = 2012;
    WebTestClient admin;
    WebTestClient analyst;

    @Autowired
    void login(WebTestClient client) {
        this.admin = nl.heerlen.energiemonitor.support.TestUsers.admin(client);
        this.analyst = nl.heerlen.energiemonitor.support.TestUsers.analyst(client);
    }

    @Test
    void enteredFiguresFillInWhereNoMeterCounts() {
        post("6.4c", Map.of("date", "2012-11-01", "value", 3, "source", "projectadministratie centrum")).expectStatus().isCreated();
        post("6.4c", Map.of("date", "2012-05-01", "value", 1, "source", "oud overzicht")).expectStatus().isCreated();
        post("6.3", Map.of("year", YEAR, "value", 1, "source", "oplevering fietsenstalling")).expectStatus().isCreated();
        // A metered measure keeps its count from the meters, whatever is entered.
        post("6.1", Map.of("year", YEAR, "value", 99, "source", "handmatig")).expectStatus().isCreated();

        assertThat(TestSql.single("select recorded_by from kpi_actual where measure_code = '6.3' and year = 2012"))
                .as("who entered it is kept").isNotNull();
        Klimaatbegroting k = admin.get().uri("/api/v1/klimaatbegroting/{y}", YEAR).exchange().expectStatus().isOk()
                .expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
        MeasureLine insulation = measure(k, "6.4c");
        assertThat(insulation.kpiActual()).as("the latest date of the year wins").isEqualTo(3.0);
        assertThat(insulation.kpiSource()).isEqualTo("ingevoerd: projectadministratie centrum (stand 2012-11-01)");
        assertThat(measure(k, "6.3").kpiSource()).isEqualTo("ingevoerd: oplevering fietsenstalling (stand jaar 2012)");
        assertThat(measure(k, "6.1").kpiSource()).isEqualTo("gemeten");
        assertThat(measure(k, "6.1").kpiActual()).isNotEqualTo(99.0);
        assertThat(measure(k, "6.6").kpiActual()).isNull();

        String html = admin.get().uri("/api/v1/klimaatbegroting/{y}/report.html", YEAR).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("(ingevoerd: projectadministratie centrum (stand 2012-11-01))", "(gemeten)");
        String csv = admin.get().uri("/api/v1/klimaatbegroting/{y}/report.csv", YEAR).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().filter(l -> l.contains(",6.3,")).findFirst().orElseThrow()).endsWith(",ingevoerd: oplevering fietsenstalling (stand jaar 2012)");

        admin.get().uri("/api/v1/admin/budget/measures/6.4c/kpi-actuals").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.year == 2012)].value").value(v -> assertThat(v.toString()).contains("3.0", "1.0"));
    }

    @Test
    void badEntriesAreRefusedWithAProblemDetail() {
        post("6.77", Map.of("year", YEAR, "value", 1, "source", "x")).expectStatus().isNotFound();
        post("6.3", Map.of("date", "2013-01-01", "year", YEAR, "value", 1, "source", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("not in the year"));
        post("6.3", Map.of("value", 1, "source", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("date or a year"));
        post("6.3", Map.of("year", YEAR, "value", -1, "source", "x")).expectStatus().isBadRequest();
        post("6.3", Map.of("year", YEAR, "value", 1)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("source"));
        post("6.3", Map.of("year", YEAR, "source", "x")).expectStatus().isBadRequest();
        analyst.post().uri("/api/v1/admin/budget/measures/6.3/kpi-actuals").bodyValue(Map.of("year", YEAR, "value", 1, "source", "x"))
                .exchange().expectStatus().isForbidden();
        assertThat(TestSql.count("select count(*) from kpi_actual where source = 'x'")).isZero();
    }

    private WebTestClient.ResponseSpec post(String measure, Map<String, Object> body) {
        return admin.post().uri("/api/v1/admin/budget/measures/{code}/kpi-actuals", measure).bodyValue(body).exchange();
    }

    private static MeasureLine measure(Klimaatbegroting k, String code) {
        return k.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
