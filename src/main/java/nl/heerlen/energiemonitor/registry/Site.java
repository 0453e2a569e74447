package nl.heerlen.energiemonitor.registry;

import java.util.Objects;

/**
 * A registered site as other modules see it: where meters hang, which kind of building it is and which measure of the
 * coalition agreement it belongs to.
 */
public record Site(String id, String name, String kind, String municipality, String measureCode, boolean household) {
    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when the site belongs to the given measure, also when the measure is a part (6.4a belongs to 6.4). */
    public boolean belongsTo(String code) {
        return measureCode != null && code != null && (code.equals(measureCode) || code.startsWith(measureCode)
                && code.length() == measureCode.length() + 1 && Character.isLetter(code.charAt(code.length() - 1)));
    }
}
