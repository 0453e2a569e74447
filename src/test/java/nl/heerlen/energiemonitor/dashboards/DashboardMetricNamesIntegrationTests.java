package nl.heerlen.energiemonitor.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.heerlen.energiemonitor.dashboards.PanelQueries.PromQuery;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every PromQL expression of the dashboards and alert rules selects only series the running service exposes. The
 * names are compared with the scraped sample names themselves (energiemonitor_readings_accepted_total,
 * …_seconds_bucket, …_max), so a suffix the exposition does not have fails too. Meters that appear only after an
 * event (GC pauses, HTTP requests) would make a panel empty on a fresh instance and this test flaky: use ones that
 * exist from the start.
 */
@IntegrationTest
class DashboardMetricNamesIntegrationTests extends IntegrationTestSupport {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");

    @Autowired
    WebTestClient web;

    @Test
    void everyPromQlExpressionUsesOnlyExposedMetrics() {
        Set<String> exposed = scrapedSampleNames();
        List<PromQuery> queries = PanelQueries.promql();
        assertThat(queries).hasSizeGreaterThan(20);
        for (PromQuery query : queries) {
            Set<String> names = PromQlMetricNames.of(query.expr());
            assertThat(names).as("metrics in " + query.where() + ": " + query.expr()).isNotEmpty();
            assertThat(exposed).as(query.where() + " uses " + names).containsAll(names);
        }
    }

    @Test
    void alertGaugesHaveOneSeriesPerTypeAndNoMeterTag() {
        String scrape = scrape();
        List<String> series = scrape.lines().filter(l -> l.startsWith("energiemonitor_alerts_active{")).toList();
        assertThat(series).hasSize(nl.heerlen.energiemonitor.alerts.AlertType.values().length).allSatisfy(l ->
                assertThat(l).contains("type=\"").doesNotContainPattern("[{,]meter[a-z_]*="));
    }

    private Set<String> scrapedSampleNames() {
        Set<String> names = new TreeSet<>();
        for (String line : scrape().lines().toList()) {
            Matcher m = SAMPLE.matcher(line);
            if (!line.startsWith("#") && m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private String scrape() {
        return web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
    }
}
