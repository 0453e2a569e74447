package nl.heerlen.energiemonitor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.heerlen.energiemonitor.budget.BudgetLine;
import nl.heerlen.energiemonitor.budget.PaletPath;

/** The projections without and with the planned measures, from the report year to the PALET target year. */
final class ProjectionCalculator {
    private ProjectionCalculator() {
    }

    static ProjectionSection of(int year, int targetYear, StatisticsByYear statistics, PaletPath path, List<BudgetLine> lines) {
        double[] co2 = last(statistics.recent(year - 1, 1, PaletSection.StatisticYear::co2Kt));
        double[] remaining = last(statistics.recent(year - 1, 1, PaletSection.StatisticYear::remainingTj));
        List<ProjectionSection.ProjectionYear> years = new ArrayList<>();
        Integer aboveCeiling = null;
        Integer abovePath = null;
        for (int y = year; y <= Math.max(year, targetYear); y++) {
            double tonnes = co2 == null ? 0 : planned(lines, (int) co2[0], y, BudgetLine::expectedCo2Tonnes);
            double tj = remaining == null ? 0 : planned(lines, (int) remaining[0], y, BudgetLine::expectedKwh) * PaletCalculator.TJ_PER_KWH;
            Double baseKt = co2 == null ? null : co2[1];
            Double withKt = co2 == null ? null : Math.max(0, co2[1] - tonnes / 1000.0);
            Double ceiling = co2 == null ? null : ceiling(co2, y, targetYear);
            Double baseTj = remaining == null ? null : remaining[1];
            Double withTj = remaining == null ? null : Math.max(0, remaining[1] - tj);
            Double pathTj = path == null ? null : path.remainingTarget(y);
            years.add(new ProjectionSection.ProjectionYear(y, baseKt, withKt, ceiling, tonnes, baseTj, withTj, pathTj, tj));
            if (aboveCeiling == null && withKt != null && withKt > ceiling + 1e-9) {
                aboveCeiling = y;
            }
            if (abovePath == null && withTj != null && pathTj != null && withTj > pathTj + 1e-9) {
                abovePath = y;
            }
        }
        Boolean closesNext = years.stream().filter(p -> p.year() == year + 1 && p.withMeasuresKt() != null).findFirst()
                .map(p -> p.withMeasuresKt() <= p.ceilingKt() + 1e-9).orElse(null);
        return new ProjectionSection(co2 == null ? null : (int) co2[0], remaining == null ? null : (int) remaining[0],
                years, closesNext, aboveCeiling, abovePath, ProjectionSection.METHOD);
    }

    /** The ceiling as {@link CeilingCalculator} draws it: straight from the inventory to zero in the target year. */
    static double ceiling(double[] inventory, int year, int targetYear) {
        return year >= targetYear ? 0 : inventory[1] * (targetYear - year) / (double) (targetYear - inventory[0]);
    }

    /**
     * The effect the lines planned after the baseline year expect in {@code year}: an investment keeps working in the
     * years after its own, an operating line works only while it is paid.
     */
    static double planned(List<BudgetLine> lines, int baselineYear, int year, Function<BudgetLine, Double> effect) {
        return lines.stream().filter(l -> l.year() > baselineYear && l.year() <= year)
                .filter(l -> l.kind() == BudgetLine.Kind.INVESTMENT || l.year() == year)
                .map(effect).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    private static double[] last(List<double[]> points) {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }
}
