package nl.heerlen.energiemonitor.report;

import java.util.List;
import java.util.stream.IntStream;
import nl.heerlen.energiemonitor.budget.PaletPath;

/** The PALET trajectory of the report year: path, statistics, measured contribution and projection. */
final class PaletCalculator {
    static final double TJ_PER_KWH = 3.6e-6;

    private PaletCalculator() {
    }

    /** Null without a stored PALET baseline. */
    static PaletSection of(String area, PaletPath path, StatisticsByYear statistics, int year,
                           List<PaletSection.ContributionYear> contribution, int trendYears) {
        if (path == null) {
            return null;
        }
        var baseline = path.baseline();
        List<PaletSection.YearValue> line = IntStream.rangeClosed(baseline.baseYear(), baseline.targetYear())
                .mapToObj(y -> new PaletSection.YearValue(y, path.remainingTarget(y))).toList();
        List<double[]> recent = statistics.recent(year, trendYears, PaletSection.StatisticYear::remainingTj);
        LinearTrend trend = LinearTrend.fit(recent);
        Integer neutrality = trend == null ? null : trend.yearReaching(baseline.targetRemainingTj());
        if (neutrality != null && !recent.isEmpty()) {
            neutrality = Math.max(neutrality, (int) recent.get(recent.size() - 1)[0]);
        }
        String status = path.uncertain() || statistics.uncertain() ? "illustrative" : "sourced";
        return new PaletSection(area, baseline.baseYear(), baseline.baseRemainingTj(), baseline.targetYear(),
                baseline.targetRemainingTj(), line, List.copyOf(statistics.years().values()),
                contribution.stream().filter(c -> c.year() == year).mapToDouble(PaletSection.ContributionYear::totalTj).sum(),
                neutrality, trend == null ? null : trend.slope(), recent.stream().map(p -> (int) p[0]).toList(), status,
                neutrality != null && neutrality <= baseline.targetYear(), contribution);
    }
}
