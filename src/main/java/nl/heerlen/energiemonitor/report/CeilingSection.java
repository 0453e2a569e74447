package nl.heerlen.energiemonitor.report;

/**
 * The emission ceiling of the year (as in Oslo's climate budget): a straight line from the latest known emission to
 * zero in the PALET target year, re-based on every new inventory.
 *
 * @param inventoryYear the latest Klimaatmonitor year before this one the ceiling is based on; null without one
 * @param expectedKt the emission at the current pace (trend of recent years)
 * @param realisedKt the Klimaatmonitor figure of this year, once known (it lags one to two years)
 * @param onTrack realised (or else expected) at or below the ceiling; null when either is unknown
 */
public record CeilingSection(int year, Integer inventoryYear, Double ceilingKt, Double expectedKt, Double realisedKt,
                             double measuredAvoidedTonnes, Boolean onTrack) {
    static CeilingSection of(int year, Integer inventoryYear, Double ceilingKt, Double expectedKt, Double realisedKt,
                             double measuredAvoidedTonnes) {
        Double judged = realisedKt != null ? realisedKt : expectedKt;
        Boolean onTrack = ceilingKt == null || judged == null ? null : judged <= ceilingKt;
        return new CeilingSection(year, inventoryYear, ceilingKt, expectedKt, realisedKt, measuredAvoidedTonnes, onTrack);
    }
}
