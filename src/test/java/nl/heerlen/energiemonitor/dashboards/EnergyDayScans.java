package nl.heerlen.energiemonitor.dashboards;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scans of energy_day in a JSON query plan, and whether each narrows the rows by the indexed `day` column. */
final class EnergyDayScans {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One scan of the table: its node type and the condition the index answers (empty for none). */
    record Scan(String nodeType, String indexCondition) {
        boolean usesDayIndex() {
            return nodeType.matches("Index Scan|Index Only Scan|Bitmap Heap Scan") && indexCondition.contains("day");
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
        if ("energy_day".equals(node.path("Relation Name").asString(""))) {
            String condition = node.path("Index Cond").asString(node.path("Recheck Cond").asString(""));
            scans.add(new Scan(node.path("Node Type").asString(), condition));
        }
        node.path("Plans").forEach(child -> collect(child, scans));
    }
}
