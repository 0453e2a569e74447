package nl.heerlen.energiemonitor.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The admin API for yearly PALET targets: a whole set replaces the old one; a bad set is refused whole. */
@IntegrationTest
class PaletTargetIntegrationTests extends IntegrationTestSupport {
    private static final String PATH = "/api/v1/admin/budget/palet/targets";
    WebTestClient admin;
    WebTestClient analyst;
    List<Map<String, Object>> seeded;

    @Autowired
    void login(WebTestClient client) {
        this.admin = nl.heerlen.energiemonitor.support.TestUsers.admin(client);
        this.analyst = nl.heerlen.energiemonitor.support.TestUsers.analyst(client);
    }

    /** Puts the seeded targets back, so that other tests see the seeded path. */
    @AfterEach
    void restore() {
        if (seeded != null) {
            admin.put().uri(PATH).bodyValue(seeded).exchange().expectStatus().isOk();
        }
    }

    @Test
    void importedTargetsReplaceTheStraightPathWhereTheyAre() {
        seeded = TestSql.rows("select year, remaining_tj, source, status from palet_target where area = 'Heerlen' order by year")
                .stream().map(r -> Map.<String, Object>of("year", r.get("year"), "remainingTj", r.get("remaining_tj"),
                        "source", r.get("source"), "status", r.get("status"))).toList();
        var body = List.of(Map.of("year", 2030, "remainingTj", 4000, "source", "PALET-actualisatie (test)", "status", "verify"),
                Map.of("year", 2020, "remainingTj", 7000.5, "source", "PALET-actualisatie (test)", "status", "sourced"));
        admin.put().uri(PATH).bodyValue(body).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].year").isEqualTo(2020).jsonPath("$[0].remainingTj").isEqualTo(7000.5)
                .jsonPath("$[1].year").isEqualTo(2030);
        admin.get().uri(PATH).exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2);
        assertThat(TestSql.count("select count(*) from palet_target where area = 'Heerlen' and source = 'PALET-actualisatie (test)'"))
                .isEqualTo(2);
        // The path bends through the targets: halfway 2020-2030 is halfway 7 000,5 and 4 000.
        admin.get().uri("/api/v1/budget/palet").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.targets.length()").isEqualTo(2);
        PaletPath path = new PaletPath(new PaletBaseline("Heerlen", 2013, 8500, 350, 2040, 0, "x", DataStatus.SOURCED),
                List.of(new PaletTarget("Heerlen", 2020, 7000.5, "x", DataStatus.SOURCED),
                        new PaletTarget("Heerlen", 2030, 4000, "x", DataStatus.SOURCED)));
        assertThat(path.remainingTarget(2025)).isEqualTo((7000.5 + 4000) / 2);
    }

    @Test
    void aBadSetIsRefusedWholeWithEveryProblemNamed() {
        long before = TestSql.count("select count(*) from palet_target where area = 'Heerlen'");
        var body = List.of(Map.of("year", 2050, "remainingTj", 1, "source", "x", "status", "sourced"),
                Map.of("year", 2025, "remainingTj", -3, "source", "x", "status", "sourced"),
                Map.of("year", 2026, "remainingTj", 3, "source", "x", "status", "guessed"),
                Map.of("year", 2027, "remainingTj", 3, "source", " ", "status", "sourced"),
                Map.of("year", 2028, "remainingTj", 3, "source", "x", "status", "sourced"),
                Map.of("year", 2028, "remainingTj", 2, "source", "x", "status", "sourced"),
                Map.of("remainingTj", 2, "source", "x", "status", "sourced"));
        admin.put().uri(PATH).bodyValue(body).exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains(
                        "target 1: year 2050 is not between the base year 2013 and the target year 2040",
                        "target 2: the remaining task must not be negative", "target 3: status must be",
                        "target 4: source", "target 6: year 2028 occurs twice", "target 7: year, remainingTj"));
        assertThat(TestSql.count("select count(*) from palet_target where area = 'Heerlen'")).isEqualTo(before);
        analyst.put().uri(PATH).bodyValue(List.of()).exchange().expectStatus().isForbidden();
    }
}
