package nl.heerlen.energiemonitor.report;

import java.time.Instant;
import java.util.List;
import nl.heerlen.energiemonitor.budget.Assumptions;
import nl.heerlen.energiemonitor.budget.BudgetLine;
import nl.heerlen.energiemonitor.budget.ClimateStatistic;
import nl.heerlen.energiemonitor.budget.EmissionFactors;
import nl.heerlen.energiemonitor.budget.KpiActual;
import nl.heerlen.energiemonitor.budget.Measure;
import nl.heerlen.energiemonitor.budget.PaletPath;
import nl.heerlen.energiemonitor.privacy.PrivacyProperties;

/**
 * Everything a klimaatbegroting is computed from, gathered once, so that building it is a pure function.
 *
 * @param now when the report is made: decides whether the year has ended
 * @param palet null when no PALET baseline is stored
 * @param privacy the threshold under which a group of homes is suppressed
 * @param earlierFleets the meters with their energy in each earlier year of the PALET period: the measured contribution
 * @param plannedLines the budget lines of all years up to the PALET target year: the projection with measures
 * @param kpiActuals KPI figures entered by hand for the report year
 */
record ReportInputs(int year, Instant now, Fleet fleet, List<Measure> measures, List<BudgetLine> lines,
                    List<BudgetLine> nextYearLines, EmissionFactors factors, Assumptions assumptions, PaletPath palet,
                    List<ClimateStatistic> statistics, ReportProperties properties,
                    PrivacyProperties privacy, List<Fleet> earlierFleets, List<BudgetLine> plannedLines,
                    List<KpiActual> kpiActuals) {
}
