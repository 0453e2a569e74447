package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.heerlen.energiemonitor.budget.ClimateStatistic;
import nl.heerlen.energiemonitor.budget.DataStatus;
import nl.heerlen.energiemonitor.budget.PaletBaseline;
import nl.heerlen.energiemonitor.budget.PaletPath;
import nl.heerlen.energiemonitor.budget.PaletTarget;
import org.junit.jupiter.api.Test;

/** PALET path, projection of the neutrality year and the emission ceiling, on small hand-made series. */
class TrajectoryTests {
    private static final PaletBaseline BASE = new PaletBaseline("Testgem", 2010, 1_100, 100, 2040, 0, "test", DataStatus.SOURCED);

    @Test
    void pathIsStraightWithoutTargetsAndBendsThroughThem() {
        PaletPath straight = new PaletPath(BASE, List.of());
        assertThat(straight.remainingTarget(2025)).isCloseTo(500.0, within(1e-9));
        PaletPath bent = new PaletPath(BASE, List.of(new PaletTarget("Testgem", 2020, 900, "test", DataStatus.SOURCED)));
        assertThat(bent.remainingTarget(2015)).isCloseTo(950.0, within(1e-9));
        assertThat(bent.remainingTarget(2030)).isCloseTo(450.0, within(1e-9));
        assertThat(bent.remainingTarget(2050)).isZero();
    }

    @Test
    void projectsTheYearTheRemainingTaskIsGone() {
        // remaining 800, 750, 700 in 2020..2022: -50 per year, zero in 2022 + 700/50 = 2036
        var statistics = StatisticsByYear.of(List.of(use(2020, 900), renewable(2020, 100), use(2021, 900), renewable(2021, 150),
                use(2022, 900), renewable(2022, 200)));
        PaletSection palet = PaletCalculator.of("Testgem", new PaletPath(BASE, List.of()), statistics, 2023,
                List.of(new PaletSection.ContributionYear(2022, 1.0, 1.0, 2.0), new PaletSection.ContributionYear(2023, 3.0, 0.6, 3.6)), 5);
        assertThat(palet.trendTjPerYear()).isCloseTo(-50.0, within(1e-9));
        assertThat(palet.neutralityYear()).isEqualTo(2036);
        assertThat(palet.onTrack()).isTrue();
        assertThat(palet.measuredContributionTj()).as("the report year's total").isCloseTo(3.6, within(1e-9));
        assertThat(palet.measuredContribution()).extracting(PaletSection.ContributionYear::year).containsExactly(2022, 2023);
    }

    @Test
    void noProjectionWhenTheTaskDoesNotFall() {
        var statistics = StatisticsByYear.of(List.of(use(2020, 900), renewable(2020, 100), use(2021, 950), renewable(2021, 100)));
        PaletSection palet = PaletCalculator.of("Testgem", new PaletPath(BASE, List.of()), statistics, 2022, List.of(), 5);
        assertThat(palet.neutralityYear()).isNull();
        assertThat(palet.onTrack()).isFalse();
    }

    @Test
    void ceilingRunsStraightFromTheLatestInventoryToZero() {
        // inventory 2020: 400 kt, 2021: 380 kt. Ceiling 2022 = 380 x (2040-2022)/(2040-2021) = 360 kt
        // trend -20 kt/yr -> expected 2022 = 360 kt: on track (not above the ceiling)
        var statistics = StatisticsByYear.of(List.of(co2(2020, 400), co2(2021, 380)));
        CeilingSection c = CeilingCalculator.of(2022, 2040, statistics, 5, 12.5);
        assertThat(c.inventoryYear()).isEqualTo(2021);
        assertThat(c.ceilingKt()).isCloseTo(360.0, within(1e-9));
        assertThat(c.expectedKt()).isCloseTo(360.0, within(1e-9));
        assertThat(c.realisedKt()).isNull();
        assertThat(c.onTrack()).isTrue();
        CeilingSection withRealised = CeilingCalculator.of(2021, 2040, statistics, 5, 0);
        assertThat(withRealised.ceilingKt()).isCloseTo(400.0 * 19 / 20, within(1e-9));
        assertThat(withRealised.realisedKt()).isEqualTo(380.0);
    }

    @Test
    void nextYearPlanClosesTheGapOnlyWithEnoughExpectedEffect() {
        CeilingSection next = CeilingSection.of(2023, 2022, 100.0, 103.0, null, 0);
        var line = new nl.heerlen.energiemonitor.budget.BudgetLine("6.1", 2023,
                nl.heerlen.energiemonitor.budget.BudgetLine.Kind.INVESTMENT, "x", new java.math.BigDecimal("1000.00"),
                null, 10.0, 2_500.0, DataStatus.SOURCED, "test");
        NextYearPlan plan = NextYearPlanner.of(2023, List.of(line), next);
        assertThat(plan.gapKt()).isCloseTo(3.0, within(1e-9));
        assertThat(plan.closesGap()).isFalse();
        assertThat(NextYearPlanner.of(2023, List.of(line, line), next).closesGap()).isTrue();
    }

    private static ClimateStatistic use(int year, double tj) {
        return new ClimateStatistic("Testgem", year, ClimateStatistic.TOTAL_USE, tj, "TJ", "test", DataStatus.SOURCED);
    }

    private static ClimateStatistic renewable(int year, double tj) {
        return new ClimateStatistic("Testgem", year, ClimateStatistic.RENEWABLE, tj, "TJ", "test", DataStatus.SOURCED);
    }

    private static ClimateStatistic co2(int year, double kt) {
        return new ClimateStatistic("Testgem", year, ClimateStatistic.CO2, kt, "kton", "test", DataStatus.SOURCED);
    }
}
