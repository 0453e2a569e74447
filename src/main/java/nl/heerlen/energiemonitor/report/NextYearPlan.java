package nl.heerlen.energiemonitor.report;

import java.math.BigDecimal;

/**
 * What the budget lines plan for the year after the report year, and whether their expected effect closes the gap
 * between the emission expected at the current pace and that year's ceiling.
 *
 * @param gapKt expected emission minus ceiling next year (positive: above the ceiling); null when unknown
 * @param closesGap whether the expected effect is at least the gap; null when the gap is unknown
 */
public record NextYearPlan(int year, BigDecimal plannedEur, double expectedKwh, double expectedCo2Tonnes,
                           Double ceilingKt, Double expectedKt, Double gapKt, Boolean closesGap, int lineCount) {
}
