package nl.heerlen.energiemonitor.ingest;

import java.util.Locale;

/** Object mother for payloads of MQTT contract v1. */
final class Payloads {
    private Payloads() {
    }

    static String reading(String ts, String channel, double value, String unit) {
        return String.format(Locale.ROOT, "{\"ts\":\"%s\",\"channel\":\"%s\",\"value\":%s,\"unit\":\"%s\"}",
                ts, channel, Double.toString(value), unit);
    }

    static String of(String... readings) {
        return "{\"readings\":[" + String.join(",", readings) + "]}";
    }
}
