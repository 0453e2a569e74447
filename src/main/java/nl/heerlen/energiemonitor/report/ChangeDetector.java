package nl.heerlen.energiemonitor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares a draft with the published version figure by figure: both are flattened to paths (measures[6.4a].measuredKwh)
 * and the values that differ are listed. Lists of objects are keyed by their code, meter or year so that a new meter
 * does not shift every row.
 */
final class ChangeDetector {
    /** Fields that differ between any two reports without a figure having changed. */
    private static final Set<String> IGNORED = Set.of("generatedAt", "publication", "changesSincePublished",
            "provisionalReasons", "summary");
    private static final List<String> KEYS = List.of("code", "meterId", "siteId", "group", "year", "key", "carrier");

    private ChangeDetector() {
    }

    static List<Klimaatbegroting.Change> changes(JsonNode published, JsonNode draft) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        flatten("", published, before);
        flatten("", draft, after);
        List<Klimaatbegroting.Change> changes = new ArrayList<>();
        before.forEach((path, value) -> {
            if (!value.equals(after.get(path))) {
                changes.add(new Klimaatbegroting.Change(path, value, after.get(path)));
            }
        });
        after.forEach((path, value) -> {
            if (!before.containsKey(path)) {
                changes.add(new Klimaatbegroting.Change(path, null, value));
            }
        });
        return changes;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (!(path.isEmpty() && IGNORED.contains(entry.getKey()))) {
                    flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + key(node.get(i), i) + "]", node.get(i), out);
            }
        } else {
            out.put(path, node.isNumber() ? DutchFormat.number(node.asDouble(), 3) : node.asString());
        }
    }

    private static String key(JsonNode element, int index) {
        if (element.isObject()) {
            for (String key : KEYS) {
                if (element.has(key)) {
                    return element.get(key).asString();
                }
            }
        }
        return String.valueOf(index);
    }
}
