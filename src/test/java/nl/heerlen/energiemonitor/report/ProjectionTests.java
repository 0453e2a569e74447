package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import nl.heerlen.energiemonitor.budget.BudgetLine;
import nl.heerlen.energiemonitor.budget.ClimateStatistic;
import nl.heerlen.energiemonitor.budget.DataStatus;
import nl.heerlen.energiemonitor.budget.PaletBaseline;
import nl.heerlen.energiemonitor.budget.PaletPath;
import org.junit.jupiter.api.Test;

/**
 * The projections without and with the planned measures, on a small hand-made case. Inventory 2021: 400 kt CO2, use
 * 900 TJ of which 100 TJ renewable (remaining 800 TJ). Path: 1 000 TJ in 2010 straight to 0 in 2040.
 */
class ProjectionTests {
    private static final PaletPath PATH = new PaletPath(
            new PaletBaseline("Testgem", 2010, 1_100, 100, 2040, 0, "test", DataStatus.SOURCED), List.of());
    private static final StatisticsByYear STATISTICS = StatisticsByYear.of(List.of(
            stat(2020, ClimateStatistic.CO2, 420), stat(2021, ClimateStatistic.CO2, 400),
            stat(2021, ClimateStatistic.TOTAL_USE, 900), stat(2021, ClimateStatistic.RENEWABLE, 100)));

    @Test
    void investmentsKeepWorkingOperatingMoneyOnlyInItsYearAndEarlierLinesAreInTheInventory() {
        List<BudgetLine> lines = List.of(
                line(2021, BudgetLine.Kind.INVESTMENT, 9_999.0, 1e9),      // before the inventory year: already in it
                line(2022, BudgetLine.Kind.INVESTMENT, 5_000.0, 100e6),    // 100 GWh = 360 TJ, from 2022 on
                line(2023, BudgetLine.Kind.OPERATING, 2_000.0, null));     // only in 2023
        ProjectionSection p = ProjectionCalculator.of(2022, 2040, STATISTICS, PATH, lines);

        assertThat(p.inventoryYear()).isEqualTo(2021);
        assertThat(p.years()).extracting(ProjectionSection.ProjectionYear::year).startsWith(2022, 2023, 2024).endsWith(2040);
        var y2022 = year(p, 2022);
        assertThat(y2022.baselineKt()).isEqualTo(400.0);
        assertThat(y2022.withMeasuresKt()).isCloseTo(395.0, within(1e-9));                 // 400 - 5 000 t
        assertThat(y2022.ceilingKt()).isCloseTo(400.0 * 18 / 19, within(1e-9));           // 378.95 kt
        assertThat(year(p, 2023).withMeasuresKt()).isCloseTo(393.0, within(1e-9));         // 400 - 5 000 t - 2 000 t
        assertThat(year(p, 2024).withMeasuresKt()).isCloseTo(395.0, within(1e-9));         // the operating line stopped
        assertThat(year(p, 2024).plannedCo2Tonnes()).isCloseTo(5_000.0, within(1e-9));

        assertThat(y2022.baselineRemainingTj()).isEqualTo(800.0);
        assertThat(y2022.withMeasuresRemainingTj()).isCloseTo(440.0, within(1e-6));        // 800 - 360 TJ
        assertThat(y2022.paletPathTj()).isCloseTo(600.0, within(1e-9));                    // 1 000 - 1 000 x 12/30
        assertThat(year(p, 2030).paletPathTj()).isCloseTo(1_000.0 / 3, within(1e-9));

        // Gap: already 2022 above the ceiling, and next year (2023) too: the plan does not close it.
        assertThat(p.firstYearAboveCeiling()).isEqualTo(2022);
        assertThat(p.closesGapNextYear()).isFalse();
        assertThat(SummaryWriter.plan(p)).contains("niet genoeg");
        // Energy: 440 TJ stays under the path until the path falls below it: 1 000 - 1 000 (y-2010)/30 < 440 from 2027.
        assertThat(p.firstYearAbovePath()).isEqualTo(2027);
    }

    @Test
    void enoughPlannedEffectClosesTheGapNextYear() {
        // Ceiling 2023 = 400 x 17/19 = 357.9 kt: 50 000 t from 2023 on brings 400 down to 350 kt.
        ProjectionSection p = ProjectionCalculator.of(2022, 2040, STATISTICS, PATH,
                List.of(line(2023, BudgetLine.Kind.INVESTMENT, 50_000.0, null)));
        assertThat(year(p, 2023).withMeasuresKt()).isCloseTo(350.0, within(1e-9));
        assertThat(p.closesGapNextYear()).isTrue();
        assertThat(SummaryWriter.plan(p)).contains("blijft de uitstoot volgend jaar onder het plafond");
        assertThat(p.firstYearAboveCeiling()).as("2022 has no measure yet").isEqualTo(2022);
    }

    @Test
    void withoutStatisticsThereIsNoProjectionButStillThePath() {
        ProjectionSection p = ProjectionCalculator.of(2022, 2040, StatisticsByYear.of(List.of()), PATH, List.of());
        assertThat(p.inventoryYear()).isNull();
        assertThat(p.closesGapNextYear()).isNull();
        assertThat(year(p, 2022).baselineKt()).isNull();
        assertThat(year(p, 2022).paletPathTj()).isCloseTo(600.0, within(1e-9));
        assertThat(HtmlProjection.verdict(p)).contains("niet te zeggen");
        assertThat(SummaryWriter.plan(p)).isEmpty();
    }

    private static ProjectionSection.ProjectionYear year(ProjectionSection p, int year) {
        return p.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static BudgetLine line(int year, BudgetLine.Kind kind, Double tonnes, Double kwh) {
        return new BudgetLine("6.1", year, kind, "test", new BigDecimal("1.00"), null, kwh, tonnes, DataStatus.SOURCED, "test");
    }

    private static ClimateStatistic stat(int year, String subject, double value) {
        return new ClimateStatistic("Testgem", year, subject, value, "x", "test", DataStatus.SOURCED);
    }
}
