package nl.heerlen.energiemonitor.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.dashboards.GrafanaFiles.Dashboard;
import tools.jackson.databind.JsonNode;

/** The queries in the dashboards and alert rules: SQL of the PostgreSQL targets, PromQL of the Prometheus ones. */
final class PanelQueries {
    /** One SQL target of a panel; {@code format} is Grafana's "time_series" or "table". */
    record SqlQuery(Dashboard dashboard, String panel, String panelType, String format, String sql) {
        @Override
        public String toString() {
            return dashboard.title() + " / " + panel;
        }
    }

    /** One PromQL expression and where it is used. */
    record PromQuery(String where, String expr) {
    }

    private PanelQueries() {
    }

    static List<SqlQuery> sql(Dashboard dashboard) {
        List<SqlQuery> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.panels()) {
            for (JsonNode target : panel.path("targets")) {
                if (uid(target, panel).equals(GrafanaFiles.POSTGRES_UID)) {
                    queries.add(new SqlQuery(dashboard, panel.path("title").asString(), panel.path("type").asString(),
                            target.path("format").asString("time_series"), target.path("rawSql").asString()));
                }
            }
        }
        return queries;
    }

    static List<PromQuery> promql() {
        List<PromQuery> queries = new ArrayList<>();
        for (Dashboard dashboard : GrafanaFiles.dashboards()) {
            for (JsonNode panel : dashboard.panels()) {
                for (JsonNode target : panel.path("targets")) {
                    if (uid(target, panel).equals(GrafanaFiles.PROMETHEUS_UID)) {
                        queries.add(new PromQuery(dashboard.title() + " / " + panel.path("title").asString(),
                                target.path("expr").asString()));
                    }
                }
            }
        }
        for (Map<String, Object> file : GrafanaFiles.provisioning("alerting")) {
            for (Map<String, Object> group : GrafanaFiles.list(file, "groups")) {
                for (Map<String, Object> rule : GrafanaFiles.list(group, "rules")) {
                    for (Map<String, Object> data : GrafanaFiles.list(rule, "data")) {
                        if (GrafanaFiles.PROMETHEUS_UID.equals(data.get("datasourceUid"))) {
                            queries.add(new PromQuery("alert rule " + rule.get("uid"),
                                    (String) GrafanaFiles.map(data, "model").get("expr")));
                        }
                    }
                }
            }
        }
        return queries;
    }

    /** A target's data source, or else its panel's (Grafana's own fallback). */
    static String uid(JsonNode target, JsonNode panel) {
        String uid = target.path("datasource").path("uid").asString("");
        return uid.isEmpty() ? panel.path("datasource").path("uid").asString("") : uid;
    }
}
