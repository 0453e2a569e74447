package nl.heerlen.energiemonitor.budget;

/**
 * Scope of an emission factor: TTW counts the direct emission only (territorial accounting, as the Klimaatmonitor
 * does); WTW adds the upstream chain.
 */
public enum Basis {
    TTW, WTW;

    public static Basis parse(String text) {
        try {
            return valueOf(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("basis must be TTW or WTW, not " + text);
        }
    }
}
