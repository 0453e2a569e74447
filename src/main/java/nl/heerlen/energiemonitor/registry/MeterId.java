package nl.heerlen.energiemonitor.registry;

import java.util.regex.Pattern;

/** Identifies a meter; the same text appears in MQTT topics, so it is restricted to topic-safe characters. */
public record MeterId(String value) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public MeterId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("meter id must match " + VALID.pattern());
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
