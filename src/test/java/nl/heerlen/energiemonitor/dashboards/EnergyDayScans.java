package nl.heerlen.energiemonitor.dashboards;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scans of the daily and monthly rollups (energy_day, energy_month) in a JSON query plan, and whether each narrows
 * the rows by its indexed `day` or `month` column.
 */
final class EnergyDayScans {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One scan of a table: its node type and the condition the index answers (empty for none). */
    record Scan(String relation, String nodeType, String indexCondition) {
        boolean usesDayIndex() {
            return nodeType.matches("Index Scan|Index Only Scan|Bitmap Heap Scan")
                    && indexCondition.contains(relation.equals("energy_month") ? "month" : "day");
        }
    }

    private EnergyDayScans() {
    }

    static List<Scan> of(String jsonPlan) {
        List<Scan> scans = new ArrayList<>();
        collect(JSON.readTree(jsonPlan).get(0).get("Plan"), scans);
        return scans;
    }

    private static void collect(JsonNode node, List<Scan> scans) {
        String relation = node.path("Relation Name").asString("");
        if (relation.equals("energy_day") || relation.equals("energy_month")) {
            String condition = node.path("Index Cond").asString(node.path("Recheck Cond").asString(""));
            scans.add(new Scan(relation, node.path("Node Type").asString(), condition));
        }
        node.path("Plans").forEach(child -> collect(child, scans));
    }
}
