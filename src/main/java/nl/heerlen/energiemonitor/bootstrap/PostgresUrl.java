package nl.heerlen.energiemonitor.bootstrap;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A PostgreSQL R2DBC URL taken apart, and the JDBC URL for the same database (for Flyway).
 * Pure: no I/O. Accepts {@code r2dbc[s]:[pool:]postgresql://[user[:password]@]host[:port][,host2…][/db][?options]}.
 */
record PostgresUrl(String scheme, String authority, String host, int port, String database,
                   String user, String password, Map<String, String> options) {

    static final int DEFAULT_PORT = 5432;

    private static final Pattern R2DBC = Pattern.compile(
            "^(r2dbcs?):((?:pool:)?postgres(?:ql)?)://(?:([^@/]*)@)?([^/?]+)(?:/([^?]*))?(?:\\?(.*))?$");

    /** R2DBC option name → pgjdbc parameter name; every other option (pool sizes, …) has no JDBC meaning. */
    private static final Map<String, String> JDBC_NAMES = Map.ofEntries(
            Map.entry("applicationName", "ApplicationName"),
            Map.entry("sslMode", "sslmode"), Map.entry("sslmode", "sslmode"),
            Map.entry("sslRootCert", "sslrootcert"), Map.entry("sslCert", "sslcert"),
            Map.entry("sslKey", "sslkey"), Map.entry("sslPassword", "sslpassword"),
            Map.entry("schema", "currentSchema"), Map.entry("currentSchema", "currentSchema"),
            Map.entry("tcpKeepAlive", "tcpKeepAlive"), Map.entry("connectTimeout", "connectTimeout"));

    static boolean isPostgres(String r2dbcUrl) {
        return R2DBC.matcher(r2dbcUrl.trim()).matches();
    }

    static PostgresUrl parse(String r2dbcUrl) {
        Matcher m = R2DBC.matcher(r2dbcUrl.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL R2DBC URL: " + r2dbcUrl);
        }
        String userInfo = m.group(3);
        String user = null;
        String password = null;
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        String authority = m.group(4);
        String first = authority.split(",")[0];
        String host;
        String portText;
        if (first.startsWith("[")) {
            int close = first.indexOf(']');
            host = first.substring(1, close);
            portText = first.length() > close + 1 ? first.substring(close + 2) : "";
        } else {
            int colon = first.lastIndexOf(':');
            host = colon < 0 ? first : first.substring(0, colon);
            portText = colon < 0 ? "" : first.substring(colon + 1);
        }
        int port = portText.isEmpty() ? DEFAULT_PORT : Integer.parseInt(portText);
        String db = m.group(5) == null || m.group(5).isEmpty() ? null : decode(m.group(5));
        return new PostgresUrl(m.group(1) + ":" + m.group(2), authority, host, port, db, user, password,
                parseQuery(m.group(6)));
    }

    /** The database name; like PostgreSQL itself, defaults to the user name. */
    String databaseOr(String userName) {
        return database != null ? database : userName;
    }

    boolean ssl() {
        return scheme.startsWith("r2dbcs:");
    }

    /** The JDBC URL for the same server and database, with the options pgjdbc understands. */
    String jdbcUrl(String databaseName) {
        Map<String, String> params = new LinkedHashMap<>();
        options.forEach((name, value) -> {
            String jdbcName = JDBC_NAMES.get(name);
            String jdbcValue = jdbcValue(jdbcName, value);
            if (jdbcName != null && jdbcValue != null) {
                params.put(jdbcName, jdbcValue);
            }
        });
        if (ssl()) {
            params.putIfAbsent("sslmode", "require");
        }
        params.putIfAbsent("ApplicationName", "energiemonitor-flyway");
        return "jdbc:postgresql://" + authority + "/" + encode(databaseName) + "?" + join(params);
    }

    /** The same URL pointed at another (plain, local) server: no user info, no TLS options. */
    PostgresUrl at(String newHost, int newPort) {
        Map<String, String> kept = new LinkedHashMap<>(options);
        kept.keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).startsWith("ssl"));
        String plainScheme = ssl() ? "r2dbc:" + scheme.substring("r2dbcs:".length()) : scheme;
        String hostPart = newHost.contains(":") ? "[" + newHost + "]" : newHost;
        return new PostgresUrl(plainScheme, hostPart + ":" + newPort, newHost, newPort, database, null, null, kept);
    }

    String r2dbcUrl(String databaseName) {
        String query = options.isEmpty() ? "" : "?" + join(options);
        return scheme + "://" + authority + "/" + encode(databaseName) + query;
    }

    private static String jdbcValue(String jdbcName, String value) {
        if ("sslmode".equals(jdbcName)) {
            return value.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if ("connectTimeout".equals(jdbcName)) {
            try {
                return Long.toString(Math.max(1, Duration.parse(value).toSeconds()));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return value;
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            options.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return options;
    }

    private static String join(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
