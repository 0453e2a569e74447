package nl.heerlen.energiemonitor.report;

import java.util.List;

/**
 * Oslo's question for every year up to the PALET target: where do emission and energy go if nothing new is done
 * ("zonder maatregelen"), and where with the planned measures ("met maatregelen") — against the emission ceiling and
 * the PALET path. The baseline holds the latest Klimaatmonitor figure constant; the planned effect is the expected
 * yearly effect of the budget lines after that inventory: an investment's from its year on, an operating line's in
 * its own year only.
 *
 * @param inventoryYear the Klimaatmonitor year the emission baseline starts from; null without a CO2 figure
 * @param energyYear the Klimaatmonitor year the energy baseline (remaining task) starts from; null without one
 * @param closesGapNextYear whether, with the planned measures, next year's emission is at or below its ceiling
 * @param firstYearAboveCeiling the first year whose emission with the planned measures is above the ceiling
 * @param firstYearAbovePath the first year whose remaining task with the planned measures is above the PALET path
 */
public record ProjectionSection(Integer inventoryYear, Integer energyYear, List<ProjectionYear> years,
                                Boolean closesGapNextYear, Integer firstYearAboveCeiling, Integer firstYearAbovePath,
                                String method) {

    /**
     * @param plannedCo2Tonnes the expected avoided emission of the planned measures that year (cumulative as above)
     * @param plannedTj the expected energy effect of the planned measures that year, in TJ
     */
    public record ProjectionYear(int year, Double baselineKt, Double withMeasuresKt, Double ceilingKt,
                                 double plannedCo2Tonnes, Double baselineRemainingTj, Double withMeasuresRemainingTj,
                                 Double paletPathTj, double plannedTj) {
    }

    static final String METHOD = "zonder maatregelen: laatste Klimaatmonitor-cijfer constant; met maatregelen: min het "
            + "verwachte jaareffect van de begrotingsregels na dat jaar (investering vanaf het jaar, exploitatie alleen "
            + "in het jaar zelf)";
}
