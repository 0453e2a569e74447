package nl.heerlen.energiemonitor.dashboards;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grafana's PostgreSQL macro engine (pkg/tsdb/grafana-postgresql-datasource/macros.go and sqleng's interval
 * replacement), reimplemented for the tests, with the data source's TimescaleDB option off as provisioned:
 * {@code $__timeFilter(c)} → {@code c BETWEEN '<from>' AND '<to>'} with RFC 3339 instants in UTC (nanoseconds, trailing
 * zeros dropped, as Go's RFC3339Nano), {@code $__timeGroup(c,'5m')} → {@code floor(extract(epoch from c)/300)*300}, …
 */
final class GrafanaMacros {
    private static final Pattern MACRO = Pattern.compile("\\$([_a-zA-Z0-9]+)\\(([^)]*)\\)");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Instant from;
    private final Instant to;
    private final Duration interval;

    GrafanaMacros(Instant from, Instant to, Duration interval) {
        this.from = from;
        this.to = to;
        this.interval = interval;
    }

    String expand(String sql) {
        // sqleng replaces the interval variables before the macros run.
        String text = sql.replace("$__interval_ms", Long.toString(interval.toMillis()))
                .replace("$__interval", formatInterval(interval))
                .replace("$__unixEpochFrom()", Long.toString(from.getEpochSecond()))
                .replace("$__unixEpochTo()", Long.toString(to.getEpochSecond()));
        Matcher m = MACRO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            // As macros.go: "$__timeGroup(...)," (followed by a comma) is the old spelling of the alias form.
            if (name.equals("__timeGroup") && m.end() < text.length() && text.charAt(m.end()) == ',') {
                name = "__timeGroupAlias";
            }
            String[] args = Arrays.stream(m.group(2).split(",", -1)).map(String::trim).toArray(String[]::new);
            m.appendReplacement(out, Matcher.quoteReplacement(evaluate(name, args)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String evaluate(String name, String[] args) {
        return switch (name) {
            case "__time" -> column(name, args) + " AS \"time\"";
            case "__timeEpoch" -> "extract(epoch from " + column(name, args) + ") as \"time\"";
            case "__timeFilter" -> column(name, args) + " BETWEEN '" + rfc3339(from) + "' AND '" + rfc3339(to) + "'";
            case "__timeFrom" -> "'" + rfc3339(from) + "'";
            case "__timeTo" -> "'" + rfc3339(to) + "'";
            case "__timeGroup" -> {
                String seconds = goFloat(groupInterval(name, args));
                yield "floor(extract(epoch from " + args[0] + ")/" + seconds + ")*" + seconds;
            }
            case "__timeGroupAlias" -> evaluate("__timeGroup", args) + " AS \"time\"";
            case "__unixEpochFilter" -> column(name, args) + " >= " + from.getEpochSecond() + " AND " + args[0]
                    + " <= " + to.getEpochSecond();
            case "__unixEpochGroup" -> {
                String seconds = goFloat(groupInterval(name, args));
                yield "floor((" + args[0] + ")/" + seconds + ")*" + seconds;
            }
            case "__unixEpochGroupAlias" -> evaluate("__unixEpochGroup", args) + " AS \"time\"";
            default -> throw new IllegalArgumentException("unknown macro \"" + name + "\"");
        };
    }

    private static String column(String name, String[] args) {
        if (args.length == 0 || args[0].isEmpty()) {
            throw new IllegalArgumentException("missing time column argument for macro " + name);
        }
        return args[0];
    }

    private static double groupInterval(String name, String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("macro " + name + " needs time column and interval");
        }
        return parseInterval(args[1].replace("'", "")).toNanos() / 1e9;
    }

    /** Go's time.RFC3339Nano in UTC: fractional seconds only when present, without trailing zeros. */
    static String rfc3339(Instant instant) {
        String text = SECONDS.format(instant);
        if (instant.getNano() != 0) {
            text += "." + String.format("%09d", instant.getNano()).replaceAll("0+$", "");
        }
        return text + "Z";
    }

    /** Go's %v of a float64: no trailing ".0" for whole numbers. */
    static String goFloat(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** Grafana's gtime.ParseInterval for the units dashboards use: ms, s, m, h, d, w. */
    static Duration parseInterval(String text) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h|d|w)").matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("error parsing interval " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
    }

    /** Grafana's gtime.FormatInterval: the largest whole unit. */
    static String formatInterval(Duration d) {
        long ms = d.toMillis();
        if (ms >= 86_400_000) {
            return ms / 86_400_000 + "d";
        }
        if (ms >= 3_600_000) {
            return ms / 3_600_000 + "h";
        }
        if (ms >= 60_000) {
            return ms / 60_000 + "m";
        }
        return ms >= 1000 ? ms / 1000 + "s" : ms + "ms";
    }
}
