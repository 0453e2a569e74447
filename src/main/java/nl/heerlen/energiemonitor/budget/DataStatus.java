package nl.heerlen.energiemonitor.budget;

import java.util.Arrays;

/** How far a figure can be trusted: taken from a cited text, a placeholder for demos, or cited but unconfirmed. */
public enum DataStatus {
    SOURCED, ILLUSTRATIVE, VERIFY;

    public String wireName() {
        return name().toLowerCase();
    }

    public static DataStatus parse(String text) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be sourced, illustrative or verify, not " + text));
    }
}
