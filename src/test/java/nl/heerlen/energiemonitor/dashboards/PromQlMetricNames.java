package nl.heerlen.energiemonitor.dashboards;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects. Strings, label matchers, ranges and grouping clauses are removed
 * first; what is left that is an identifier, not a function call, not a keyword and not part of a number or a
 * Grafana variable, is a metric name.
 */
final class PromQlMetricNames {
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9_.:$])[A-Za-z_:][A-Za-z0-9_:]*");

    private PromQlMetricNames() {
    }

    static Set<String> of(String expr) {
        String text = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ")
                .replaceAll("'(?:[^'\\\\]|\\\\.)*'", " ")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String name = m.group();
            boolean call = text.substring(m.end()).matches("(?s)\\s*\\(.*");
            if (!call && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }
}
