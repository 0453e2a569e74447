package nl.heerlen.energiemonitor.budget;

import static org.assertj.core.api.Assertions.assertThat;

import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The admin CSV imports: good lines stored, bad lines named; seeds loaded with their status. */
@IntegrationTest
class BudgetImportIntegrationTests extends IntegrationTestSupport {
    WebTestClient web;

    @Autowired
    void loginAsAdmin(WebTestClient client) {
        this.web = nl.heerlen.energiemonitor.support.TestUsers.admin(client);
    }

    @Test
    void financeExportStoresGoodLinesAndReportsBadOnes() {
        String csv = """
                measure_code,year,kind,funding_source,planned_eur,realised_eur
                6.1,2031,investment,import-test,1500.50,200
                6.1,2031,investment,import-test,99,
                6.77,2031,investment,import-test,1,
                6.4a,2031,operating,import-test,-1,
                """;
        ImportResult result = web.post().uri("/api/v1/admin/budget/lines/import?status=verify").header("Content-Type", "text/csv")
                .bodyValue(csv).exchange().expectStatus().isOk().expectBody(ImportResult.class).returnResult().getResponseBody();
        assertThat(result.stored()).isEqualTo(1);
        assertThat(result.errors()).extracting(ImportResult.LineError::line).containsExactly(3, 4, 5);
        assertThat(TestSql.rows("select planned_eur, realised_eur, status from budget_line where year = 2031 and funding_source = 'import-test'"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("planned_eur").toString()).isEqualTo("1500.50");
                    assertThat(row.get("realised_eur").toString()).isEqualTo("200.00");
                    assertThat(row.get("status")).isEqualTo("verify");
                });
        web.get().uri("/api/v1/budget/lines?year=2031").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.fundingSource == 'import-test')].plannedEur").isEqualTo(1500.50);
    }

    @Test
    void klimaatmonitorExportReplacesFiguresOfTheSameYearAndSubject() {
        String csv = "Gebied;Periode;Onderwerp;Waarde;Eenheid\nImporttest;2030;Hernieuwbare energie;1.234,5;TJ\nImporttest;dertig;x;1;TJ\n";
        ImportResult result = web.post().uri("/api/v1/admin/budget/klimaatmonitor/import").header("Content-Type", "text/csv")
                .bodyValue(csv).exchange().expectStatus().isOk().expectBody(ImportResult.class).returnResult().getResponseBody();
        assertThat(result.stored()).isEqualTo(1);
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
        assertThat(TestSql.single("select value from klimaatmonitor_statistic where municipality = 'Importtest'")).isEqualTo(1234.5);
    }

    @Test
    void seedsAreLoadedWithTheirStatus() {
        assertThat(TestSql.count("select count(*) from measure where code in ('6.1','6.2','6.3','6.4a','6.4b','6.4c','6.5','6.6','6.7','6.8')")).isEqualTo(10);
        assertThat(TestSql.single("select kpi_target from measure where code = '6.4a'")).isEqualTo(5000.0);
        assertThat(TestSql.single("select wethouder from measure where code = '6.4a'")).isEqualTo("Peter van Zutphen");
        assertThat(TestSql.count("select count(*) from budget_line where status <> 'illustrative' and source like 'Voorbeeld%'")).isZero();
        assertThat(TestSql.single("select status from emission_factor where carrier = 'natural_gas' and basis = 'WTW' and year = 2021")).isEqualTo("verify");
    }
}
