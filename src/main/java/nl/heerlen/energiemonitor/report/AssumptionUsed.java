package nl.heerlen.energiemonitor.report;

/** An assumption as the report used it. */
public record AssumptionUsed(String key, int year, int version, double value, String unit, String description,
                             String source, String status) {
    String reference() {
        return key + " " + year + " v" + version;
    }
}
