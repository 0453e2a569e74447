package nl.heerlen.energiemonitor.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.heerlen.energiemonitor.budget.BudgetLine;

/** The plan for the year after the report year and whether its expected effect closes the gap to the ceiling. */
final class NextYearPlanner {
    private NextYearPlanner() {
    }

    static NextYearPlan of(int nextYear, List<BudgetLine> lines, CeilingSection nextCeiling) {
        BigDecimal planned = lines.stream().map(BudgetLine::plannedEur).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        double kwh = lines.stream().map(BudgetLine::expectedKwh).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        double tonnes = lines.stream().map(BudgetLine::expectedCo2Tonnes).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        Double gap = nextCeiling.ceilingKt() == null || nextCeiling.expectedKt() == null ? null
                : nextCeiling.expectedKt() - nextCeiling.ceilingKt();
        Boolean closes = gap == null ? null : gap <= 0 || tonnes / 1000.0 >= gap;
        return new NextYearPlan(nextYear, planned, kwh, tonnes, nextCeiling.ceilingKt(), nextCeiling.expectedKt(), gap,
                closes, lines.size());
    }
}
