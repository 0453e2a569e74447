package nl.heerlen.energiemonitor.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.dashboards.GrafanaFiles.Dashboard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The provisioning files parse, refer to data sources that exist, and fit the docker-compose mounts. */
class ProvisioningTests {
    private static final Set<String> EXPRESSIONS = Set.of("__expr__");

    @Test
    void dataSourcesAreThePostgresReaderAndPrometheus() {
        List<Map<String, Object>> sources = GrafanaFiles.provisioning("datasources").stream()
                .flatMap(f -> GrafanaFiles.list(f, "datasources").stream()).toList();
        assertThat(sources).extracting(s -> s.get("uid")).containsExactlyInAnyOrder(GrafanaFiles.POSTGRES_UID,
                GrafanaFiles.PROMETHEUS_UID);
        Map<String, Object> postgres = sources.stream().filter(s -> GrafanaFiles.POSTGRES_UID.equals(s.get("uid")))
                .findFirst().orElseThrow();
        assertThat(postgres).containsEntry("type", "grafana-postgresql-datasource").containsEntry("user", "grafana_reader");
        // The password comes from the environment, never from the repository.
        assertThat(GrafanaFiles.map(postgres, "secureJsonData").get("password")).isEqualTo("${GRAFANA_DB_PASSWORD}");
        // Plain-SQL $__timeGroup: the expansion the dashboard query tests run.
        assertThat(GrafanaFiles.map(postgres, "jsonData")).containsEntry("timescaledb", false);
    }

    @Test
    void everyDashboardPanelTargetAndVariableUsesAnExistingDataSource() {
        Set<String> uids = dataSourceUids();
        for (Dashboard dashboard : GrafanaFiles.dashboards()) {
            for (JsonNode panel : dashboard.panels()) {
                if (panel.path("type").asString().matches("row|text")) {
                    continue;
                }
                assertThat(uids).as(dashboard.title() + " / " + panel.path("title").asString())
                        .contains(panel.path("datasource").path("uid").asString());
                assertThat(panel.path("targets").size()).as("targets of " + panel.path("title").asString()).isPositive();
                for (JsonNode target : panel.path("targets")) {
                    String uid = PanelQueries.uid(target, panel);
                    assertThat(uids).contains(uid);
                    String query = uid.equals(GrafanaFiles.POSTGRES_UID) ? target.path("rawSql").asString()
                            : target.path("expr").asString();
                    assertThat(query).as("query of " + panel.path("title").asString()).isNotBlank();
                }
            }
            for (JsonNode variable : dashboard.variables()) {
                if (variable.has("datasource")) {
                    assertThat(uids).contains(variable.path("datasource").path("uid").asString());
                }
            }
        }
    }

    @Test
    void theFiveDashboardsHaveDutchTitlesUniqueUidsAndAmsterdamTime() {
        List<Dashboard> dashboards = GrafanaFiles.dashboards();
        assertThat(dashboards).extracting(Dashboard::title).containsExactlyInAnyOrder(
                "PALET-voortgang", "Zonne-energie", "Mijnwater", "Datakwaliteit", "Service");
        assertThat(dashboards.stream().map(d -> d.json().path("uid").asString()).collect(Collectors.toSet())).hasSize(5);
        assertThat(dashboards).allSatisfy(d -> assertThat(d.json().path("timezone").asString()).isEqualTo("Europe/Amsterdam"));
        Set<Integer> ids = new HashSet<>();
        dashboards.forEach(d -> d.panels().forEach(p -> assertThat(ids.add(d.title().hashCode() * 1000 + p.path("id").asInt()))
                .as("unique panel id in " + d.title()).isTrue()));
    }

    @Test
    void alertRulesReferToExistingDataSourcesAndTheirOwnQueries() {
        Set<String> uids = dataSourceUids();
        List<Map<String, Object>> rules = GrafanaFiles.provisioning("alerting").stream()
                .flatMap(f -> GrafanaFiles.list(f, "groups").stream())
                .flatMap(g -> GrafanaFiles.list(g, "rules").stream()).toList();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> rule : rules) {
            List<Map<String, Object>> data = GrafanaFiles.list(rule, "data");
            Set<Object> refIds = data.stream().map(d -> d.get("refId")).collect(Collectors.toSet());
            assertThat(refIds).as("condition of " + rule.get("uid")).contains(rule.get("condition"));
            for (Map<String, Object> step : data) {
                assertThat(uids).as("data source of " + rule.get("uid")).contains((String) step.get("datasourceUid"));
                Object input = GrafanaFiles.map(step, "model").get("expression");
                if (input != null) {
                    assertThat(refIds).as("input of " + step.get("refId")).contains(input);
                }
            }
        }
        assertThat(rules).extracting(r -> GrafanaFiles.map(r, "annotations").get("__dashboardUid__"))
                .allSatisfy(uid -> assertThat(GrafanaFiles.dashboards()).anySatisfy(d ->
                        assertThat(d.json().path("uid").asString()).isEqualTo(uid)));
    }

    @Test
    void composeMountsWhatTheProvidersReadAndPinsTheImages() {
        Map<String, Object> services = GrafanaFiles.map(GrafanaFiles.yaml(Path.of("docker-compose.yml")), "services");
        Map<String, Object> grafana = GrafanaFiles.map(services, "grafana");
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) grafana.get("volumes");
        String dashboardsPath = (String) GrafanaFiles.map(GrafanaFiles.list(
                GrafanaFiles.provisioning("dashboards").get(0), "providers").get(0), "options").get("path");
        assertThat(volumes).contains("./grafana/provisioning:/etc/grafana/provisioning:ro",
                "./grafana/dashboards:" + dashboardsPath + ":ro");
        for (String name : List.of("grafana", "prometheus")) {
            assertThat((String) GrafanaFiles.map(services, name).get("image")).matches("[a-z/]+:v?\\d+\\.\\d+\\.\\d+");
        }
        Map<String, Object> job = GrafanaFiles.list(GrafanaFiles.yaml(Path.of("docker/prometheus/prometheus.yml")),
                "scrape_configs").get(0);
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        assertThat(GrafanaFiles.list(job, "dns_sd_configs").get(0)).containsEntry("port", 8080);
        assertThat(services).containsKey("energiemonitor");
    }

    private static Set<String> dataSourceUids() {
        Set<String> uids = GrafanaFiles.provisioning("datasources").stream()
                .flatMap(f -> GrafanaFiles.list(f, "datasources").stream())
                .map(s -> (String) s.get("uid")).collect(Collectors.toCollection(HashSet::new));
        uids.addAll(EXPRESSIONS);
        return uids;
    }
}
