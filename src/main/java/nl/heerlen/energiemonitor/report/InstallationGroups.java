package nl.heerlen.energiemonitor.report;

import java.util.List;

/** The figures per installation group the coalition agreement named. */
public record InstallationGroups(SchoolRoofs schoolRoofs, CentrePanels centrePanels, Mijnwater mijnwater, GasFree gasFree) {

    /** @param kwhPerKwp specific yield; null without capacity */
    public record SchoolRoofs(int roofs, double kwp, double kwh, Double kwhPerKwp, List<Roof> perRoof) {
    }

    public record Roof(String siteId, String name, double kwp, double kwh, Double kwhPerKwp) {
    }

    public record CentrePanels(int panels, Double target, double kwh) {
    }

    /**
     * @param heatPumpKwh electricity of the heat pumps, where metered
     * @param gasAvoidedM3 the gas a boiler would have burnt for the heat delivered
     * @param chillerKwhAvoided the electricity compression chillers would have used for the cold delivered (cold ÷ SEER,
     *                          an assumption); null without one
     */
    public record Mijnwater(int connections, double heatKwh, double coldKwh, double heatPumpKwh, double gasAvoidedM3,
                            Double chillerKwhAvoided, double co2AvoidedTonnes) {
    }

    /**
     * @param gasAvoidedM3 estimated: homes off gas times the gas use of a home (an assumption)
     * @param suppressed true when the neighbourhood has fewer homes than the privacy threshold: no figures are given
     */
    public record GasFree(Integer homesOffGas, Double target, Double gasAvoidedM3, Double co2AvoidedTonnes,
                          boolean suppressed) {
        static GasFree hidden(Double target) {
            return new GasFree(null, target, null, null, true);
        }
    }
}
