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

    /**
     * Alerts reach a provisioned contact point: the policy tree names only contact points that exist, every rule is
     * routed by its labels, and addresses come from the environment, which compose fills with harmless defaults.
     */
    @Test
    void notificationPolicyRoutesEveryRuleToAProvisionedContactPoint() {
        List<Map<String, Object>> files = GrafanaFiles.provisioning("alerting");
        List<Map<String, Object>> contactPoints = files.stream().flatMap(f -> GrafanaFiles.list(f, "contactPoints").stream()).toList();
        Set<Object> names = contactPoints.stream().map(c -> c.get("name")).collect(Collectors.toSet());
        assertThat(names).isNotEmpty();
        Set<String> variables = new HashSet<>();
        for (Map<String, Object> receiver : contactPoints.stream().flatMap(c -> GrafanaFiles.list(c, "receivers").stream()).toList()) {
            assertThat(receiver.get("uid")).as("receiver uid").isNotNull();
            for (Object value : GrafanaFiles.map(receiver, "settings").values()) {
                if (value instanceof String text && text.matches(".*(://|@).*")) {
                    throw new AssertionError("an address in the repository: " + text);
                }
                if (value instanceof String text && text.matches("\\$\\{[A-Z_]+}")) {
                    variables.add(text.substring(2, text.length() - 1));
                }
            }
        }
        assertThat(variables).as("addresses from the environment").isNotEmpty();
        Map<String, Object> grafana = GrafanaFiles.map(GrafanaFiles.map(GrafanaFiles.yaml(Path.of("docker-compose.yml")), "services"), "grafana");
        assertThat(variables).allSatisfy(v -> assertThat((String) GrafanaFiles.map(grafana, "environment").get(v))
                .as("compose passes " + v + " with a default").startsWith("${" + v + ":-"));

        List<Map<String, Object>> policies = files.stream().flatMap(f -> GrafanaFiles.list(f, "policies").stream()).toList();
        assertThat(policies).hasSize(1);
        List<Map<String, Object>> routes = GrafanaFiles.list(policies.get(0), "routes");
        assertThat(policies.get(0).get("receiver")).isIn(names);
        assertThat(routes).isNotEmpty().allSatisfy(r -> assertThat(r.get("receiver")).isIn(names));
        List<Map<String, Object>> rules = files.stream().flatMap(f -> GrafanaFiles.list(f, "groups").stream())
                .flatMap(g -> GrafanaFiles.list(g, "rules").stream()).toList();
        for (Map<String, Object> rule : rules) {
            Map<String, Object> labels = GrafanaFiles.map(rule, "labels");
            assertThat(routes).as("a route for rule " + rule.get("uid")).anySatisfy(route -> assertThat(matches(route, labels)).isTrue());
        }
    }

    /** Grafana's equality matchers: every [label, "=", value] holds. */
    @SuppressWarnings("unchecked")
    private static boolean matches(Map<String, Object> route, Map<String, Object> labels) {
        List<List<String>> matchers = (List<List<String>>) route.get("object_matchers");
        assertThat(matchers).isNotEmpty().allSatisfy(m -> assertThat(m.get(1)).isEqualTo("="));
        return matchers.stream().allMatch(m -> m.get(2).equals(labels.get(m.get(0))));
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
