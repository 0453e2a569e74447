package nl.heerlen.energiemonitor.report;

/** An emission factor as the report used it; {@code year} may differ from the report year when none was stored for it. */
public record FactorUsed(String carrier, int year, String basis, int version, double kgCo2PerUnit, String unit,
                         String source, String status) {
    String reference() {
        return carrier + " " + year + " " + basis + " v" + version;
    }
}
