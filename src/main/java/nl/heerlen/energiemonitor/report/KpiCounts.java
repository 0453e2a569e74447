package nl.heerlen.energiemonitor.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.budget.KpiMetric;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterKind;

/** Counts behind the KPIs, from the registry, at the end of the year (or now while it runs). */
final class KpiCounts {
    private KpiCounts() {
    }

    static Double actual(KpiMetric metric, Fleet fleet, List<Meter> meters) {
        return switch (metric) {
            case NONE -> null;
            case PV_ROOFS -> (double) roofs(fleet, meters);
            case PV_PANELS -> (double) panels(fleet, meters);
            case CONNECTIONS -> (double) connections(fleet, meters);
            case HOMES_OFF_GAS -> (double) homesOffGas(fleet, meters);
        };
    }

    /** Sites with a PV meter in service. */
    static int roofs(Fleet fleet, List<Meter> meters) {
        return (int) meters.stream().filter(fleet::isPv).filter(fleet::inServiceAtEnd)
                .map(Meter::siteId).distinct().count();
    }

    /** Panels of the PV meters in service (an optimizer is one panel). */
    static int panels(Fleet fleet, List<Meter> meters) {
        return meters.stream().filter(fleet::isPv).filter(fleet::inServiceAtEnd)
                .mapToInt(m -> m.panelCount() == null ? 0 : m.panelCount()).sum();
    }

    /** Sites with a heat meter in service: a building connected to the grid. */
    static int connections(Fleet fleet, List<Meter> meters) {
        return (int) meters.stream().filter(m -> fleet.isKind(m, MeterKind.HEAT_METER)).filter(fleet::inServiceAtEnd)
                .map(Meter::siteId).distinct().count();
    }

    /** Sites with a meter this year none of whose gas meters is still in service: the home no longer uses gas. */
    static int homesOffGas(Fleet fleet, List<Meter> meters) {
        Map<String, List<Meter>> bySite = meters.stream().filter(m -> m.siteId() != null)
                .collect(Collectors.groupingBy(Meter::siteId));
        return (int) bySite.values().stream().filter(siteMeters -> siteMeters.stream()
                .noneMatch(m -> fleet.isKind(m, MeterKind.GAS_METER) && fleet.inServiceAtEnd(m))).count();
    }
}
