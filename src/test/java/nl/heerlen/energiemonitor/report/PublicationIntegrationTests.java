package nl.heerlen.energiemonitor.report;

import static nl.heerlen.energiemonitor.report.ReportFixtures.days;
import static nl.heerlen.energiemonitor.report.ReportFixtures.meter;
import static nl.heerlen.energiemonitor.report.ReportFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Publishing freezes a year; late data changes only the draft, which then lists what changed. Provisional marking. */
@IntegrationTest
class PublicationIntegrationTests extends IntegrationTestSupport {
    WebTestClient web;
    WebTestClient anonymous;

    @Autowired
    void loginAsAdmin(WebTestClient client) {
        this.web = nl.heerlen.energiemonitor.support.TestUsers.admin(client);
        this.anonymous = client;
    }

    @Test
    void publishedVersionDoesNotChangeWhenLateDataArrives() {
        int year = 2013;
        String school = "p13-school-" + UUID.randomUUID().toString().substring(0, 6);
        site(school, "school", "6.1", false);
        meter(school + "-pv", "pv_inverter", school, 10.0, 25, LocalDate.of(2012, 1, 1), LocalDate.of(year + 1, 1, 1));
        days(school + "-pv", "pv_energy", LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 1), 5); // 181 days

        web.get().uri("/api/v1/klimaatbegroting/{y}/published", year).exchange().expectStatus().isNotFound();
        Klimaatbegroting published = web.post().uri("/api/v1/admin/klimaatbegroting/{y}/publish", year).exchange()
                .expectStatus().isOk().expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
        assertThat(published.publication().version()).isEqualTo(1);
        assertThat(published.groups().schoolRoofs().kwh()).isEqualTo(905.0);
        assertThat(published.provisional()).as("half a year measured").isTrue();
        assertThat(published.provisionalReasons()).anySatisfy(r -> assertThat(r).contains("Schooldaken", "drempel"));

        // Late data: the second half of the year arrives after publishing.
        days(school + "-pv", "pv_energy", LocalDate.of(year, 7, 1), LocalDate.of(year + 1, 1, 1), 5); // 184 days

        Klimaatbegroting frozen = web.get().uri("/api/v1/klimaatbegroting/{y}?version=published", year).exchange()
                .expectStatus().isOk().expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
        assertThat(frozen.groups().schoolRoofs().kwh()).isEqualTo(905.0);
        assertThat(frozen.generatedAt()).isEqualTo(published.generatedAt());
        assertThat(frozen.factors()).isEqualTo(published.factors());

        Klimaatbegroting draft = web.get().uri("/api/v1/klimaatbegroting/{y}", year).exchange().expectStatus().isOk()
                .expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
        assertThat(draft.groups().schoolRoofs().kwh()).isEqualTo(1_825.0);
        assertThat(draft.publication()).isNull();
        assertThat(draft.changesSincePublished()).anySatisfy(c -> {
            assertThat(c.figure()).isEqualTo("groups.schoolRoofs.kwh");
            assertThat(c.published()).isEqualTo("905,000");
            assertThat(c.current()).isEqualTo("1.825,000");
        });
        String html = web.get().uri("/api/v1/klimaatbegroting/{y}/report.html?version=published", year).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("Gepubliceerde versie 1", "VOORLOPIG");
    }

    @Test
    void everyPublishedVersionStaysListedAndReadableByEveryone() {
        int year = 2011;
        String school = "p11-school-" + UUID.randomUUID().toString().substring(0, 6);
        site(school, "school", "6.1", false);
        meter(school + "-pv", "pv_inverter", school, 10.0, 25, LocalDate.of(2010, 1, 1), LocalDate.of(year + 1, 1, 1));
        days(school + "-pv", "pv_energy", LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 1), 2); // 31 days: 62 kWh
        anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions", year).exchange().expectStatus().isOk()
                .expectBodyList(Object.class).hasSize(0);
        web.post().uri("/api/v1/admin/klimaatbegroting/{y}/publish", year).exchange().expectStatus().isOk();
        days(school + "-pv", "pv_energy", LocalDate.of(year, 2, 1), LocalDate.of(year, 3, 1), 2); // 28 days more
        web.post().uri("/api/v1/admin/klimaatbegroting/{y}/publish", year).exchange().expectStatus().isOk();

        anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions", year).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].version").isEqualTo(1).jsonPath("$[1].version").isEqualTo(2)
                .jsonPath("$[0].html").isEqualTo("/api/v1/klimaatbegroting/2011/versions/1/report.html");
        Klimaatbegroting first = anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions/1", year).exchange()
                .expectStatus().isOk().expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
        Klimaatbegroting second = anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions/2", year).exchange()
                .expectStatus().isOk().expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
        assertThat(first.publication().version()).isEqualTo(1);
        assertThat(first.groups().schoolRoofs().kwh()).isEqualTo(62.0);
        assertThat(second.groups().schoolRoofs().kwh()).isEqualTo(118.0);
        assertThat(anonymous.get().uri("/api/v1/klimaatbegroting/{y}/published", year).exchange().expectStatus().isOk()
                .expectBody(Klimaatbegroting.class).returnResult().getResponseBody().publication().version()).isEqualTo(2);

        String html = anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions/1/report.html", year).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("Gepubliceerde versie 1", "62,0 kWh", "href=\"/api/v1/klimaatbegroting/2011/versions/1/report.pdf\"");
        String csv = anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions/1/report.csv", year).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains("gepubliceerd v1");
        anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions/1/report.pdf", year).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/pdf");
        anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions/3", year).exchange().expectStatus().isNotFound();
        anonymous.get().uri("/api/v1/klimaatbegroting/{y}/versions/1/report.html", 1999).exchange().expectStatus().isBadRequest();
    }

    @Test
    void aYearThatHasNotEndedIsProvisional() {
        Klimaatbegroting running = web.get().uri("/api/v1/klimaatbegroting/{y}", 2099).exchange().expectStatus().isOk()
                .expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
        assertThat(running.provisional()).isTrue();
        assertThat(running.provisionalReasons()).contains("Het jaar 2099 is nog niet voorbij.");
        assertThat(running.summary().sentence()).startsWith("Voorlopig");
    }

    @Test
    void reportsBuiltOnIllustrativeSeedsSaySo() {
        Klimaatbegroting k = web.get().uri("/api/v1/klimaatbegroting/{y}", 2026).exchange().expectStatus().isOk()
                .expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
        assertThat(k.illustrative()).isTrue();
        assertThat(k.dataNotes()).anySatisfy(n -> assertThat(n).contains("illustratief"));
        assertThat(k.summary().sentence()).contains("illustratief");
        assertThat(k.palet().status()).isEqualTo("illustrative");
    }
}
