package nl.heerlen.energiemonitor.dashboards;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.dashboards.GrafanaFiles.Dashboard;
import tools.jackson.databind.JsonNode;

/**
 * Substitutes a dashboard's template variables the way Grafana does for SQL data sources: a textbox or constant by its
 * text, a multi-value query variable set to "All" by all its values, single-quoted and comma-separated.
 */
final class DashboardVariables {
    private static final Pattern LEFTOVER = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> values = new LinkedHashMap<>();

    /** {@code queryValues} runs a variable's SQL and returns its values (column __value, else the first). */
    DashboardVariables(Dashboard dashboard, Function<String, List<String>> queryValues) {
        for (JsonNode variable : dashboard.variables()) {
            String name = variable.path("name").asString();
            String type = variable.path("type").asString();
            switch (type) {
                case "textbox", "constant" -> values.put(name, variable.path("query").asString());
                case "custom" -> values.put(name, variable.path("current").path("value").asString());
                case "query" -> values.put(name, quoted(queryValues.apply(variable.path("query").asString())));
                default -> throw new IllegalArgumentException("variable type not handled by the test: " + type);
            }
        }
    }

    String substitute(String sql) {
        String text = sql;
        // Longest names first, so that $school never eats the start of $schools.
        for (String name : values.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList()) {
            String value = Matcher.quoteReplacement(values.get(name));
            text = text.replaceAll("\\$\\{" + name + "}", value).replaceAll("\\[\\[" + name + "]]", value)
                    .replaceAll("\\$" + name + "(?![A-Za-z0-9_])", value);
        }
        return text;
    }

    /** Anything that still looks like a variable (other than Grafana's own $__ macros) after substitution. */
    static List<String> leftovers(String sql) {
        return LEFTOVER.matcher(sql).results().map(m -> m.group()).filter(v -> !v.startsWith("$__")).toList();
    }

    private static String quoted(List<String> options) {
        if (options.isEmpty()) {
            throw new IllegalStateException("a query variable without values: its panels would show nothing");
        }
        return options.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
    }
}
