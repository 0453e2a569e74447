package nl.heerlen.energiemonitor.report;

import java.util.List;

/**
 * The PALET trajectory: the remaining task (energy use not yet generated renewably in the region, TJ) along the path,
 * in the Klimaatmonitor statistics, and projected at the current pace.
 *
 * @param measuredContributionTj renewable energy our meters measured this year (PV, and Mijnwater heat minus the heat
 *                               pumps' electricity), in TJ
 * @param measuredContribution the same per calendar year, from the first year with measured energy to the report year
 * @param neutralityYear the year the remaining task reaches the target at the current pace; null when it does not fall
 * @param onTrack the projected neutrality year is not after the target year
 * @param trendTjPerYear change of the remaining task per year over the trend years (negative is progress)
 */
public record PaletSection(String area, int baseYear, double baseRemainingTj, int targetYear, double targetRemainingTj,
                           List<YearValue> path, List<StatisticYear> statistics, double measuredContributionTj,
                           Integer neutralityYear, Double trendTjPerYear, List<Integer> trendYears, String status,
                           boolean onTrack, List<ContributionYear> measuredContribution) {

    public record YearValue(int year, double value) {
    }

    /**
     * What our meters contributed in a calendar year (Europe/Amsterdam), in TJ.
     *
     * @param renewableTj PV generation of the school roofs and the centre panels
     * @param avoidedTj Mijnwater heat delivered minus the electricity of its heat pumps (not below zero)
     */
    public record ContributionYear(int year, double renewableTj, double avoidedTj, double totalTj) {
    }

    public record StatisticYear(int year, Double useTj, Double renewableTj, Double remainingTj, Double co2Kt) {
    }
}
