package nl.heerlen.energiemonitor.report;

import java.util.List;

/**
 * The emission ceiling of a year, as Oslo sets it: a straight line from the latest known emission (an inventory of an
 * earlier year) to zero in the target year. Assumes that an energy-neutral 2040 means (nearly) no emission from energy.
 */
final class CeilingCalculator {
    private CeilingCalculator() {
    }

    static CeilingSection of(int year, int targetYear, StatisticsByYear statistics, int trendYears, double measuredAvoidedTonnes) {
        List<double[]> before = statistics.recent(year - 1, trendYears, PaletSection.StatisticYear::co2Kt);
        Double realised = statistics.year(year).map(PaletSection.StatisticYear::co2Kt).orElse(null);
        if (before.isEmpty()) {
            return CeilingSection.of(year, null, null, null, realised, measuredAvoidedTonnes);
        }
        double[] inventory = before.get(before.size() - 1);
        int inventoryYear = (int) inventory[0];
        double ceiling = year >= targetYear ? 0
                : inventory[1] * (targetYear - year) / (double) (targetYear - inventoryYear);
        LinearTrend trend = LinearTrend.fit(before);
        double expected = trend == null ? inventory[1] : Math.max(0, trend.valueAt(year));
        return CeilingSection.of(year, inventoryYear, ceiling, expected, realised, measuredAvoidedTonnes);
    }
}
