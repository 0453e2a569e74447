package nl.heerlen.energiemonitor.security;

import java.util.Locale;

/** What a user may do: admins manage, analysts read everything, installers work on their own meters. */
public enum Role {
    ADMIN, ANALYST, INSTALLER;

    public String authority() {
        return "ROLE_" + name();
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("role must be admin, analyst or installer, was " + text);
        }
    }
}
