package nl.heerlen.energiemonitor.registry;

import java.util.regex.Pattern;

/** Identifies an installer company; it is also its MQTT user name, so no '/', '+' or '#'. */
public record InstallerId(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public InstallerId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("installer id must match " + VALID.pattern());
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
