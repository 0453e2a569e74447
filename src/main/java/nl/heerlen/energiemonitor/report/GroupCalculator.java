package nl.heerlen.energiemonitor.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.budget.KpiMetric;
import nl.heerlen.energiemonitor.budget.Measure;
import nl.heerlen.energiemonitor.privacy.PrivacyProperties;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterKind;

/** The figures per installation group (school roofs, centre panels, Mijnwater, gas-free neighbourhood). */
final class GroupCalculator {
    private GroupCalculator() {
    }

    static InstallationGroups of(Fleet fleet, EmissionContext emissions, List<Measure> measures) {
        return of(fleet, emissions, measures, null);
    }

    static InstallationGroups of(Fleet fleet, EmissionContext emissions, List<Measure> measures, PrivacyProperties privacy) {
        return new InstallationGroups(schoolRoofs(fleet), centrePanels(fleet, target(measures, KpiMetric.PV_PANELS)),
                mijnwater(fleet, emissions), gasFree(fleet, emissions, target(measures, KpiMetric.HOMES_OFF_GAS), privacy));
    }

    static InstallationGroups.SchoolRoofs schoolRoofs(Fleet fleet) {
        List<Meter> pv = fleet.in(InstallationGroup.SCHOOL_ROOFS).stream().filter(fleet::isPv).toList();
        Map<String, List<Meter>> bySite = pv.stream().collect(Collectors.groupingBy(Meter::siteId));
        List<InstallationGroups.Roof> roofs = bySite.entrySet().stream().map(e -> {
            double kwp = kwp(e.getValue());
            double kwh = fleet.kwh(Channel.PV_ENERGY, e.getValue());
            return new InstallationGroups.Roof(e.getKey(), fleet.sites().get(e.getKey()).name(), kwp, kwh, perKwp(kwh, kwp));
        }).sorted(Comparator.comparing(InstallationGroups.Roof::siteId)).toList();
        double kwp = kwp(pv.stream().filter(fleet::inServiceAtEnd).toList());
        double kwh = fleet.kwh(Channel.PV_ENERGY, pv);
        return new InstallationGroups.SchoolRoofs(KpiCounts.roofs(fleet, pv), kwp, kwh, perKwp(kwh, kwp), roofs);
    }

    static InstallationGroups.CentrePanels centrePanels(Fleet fleet, Double target) {
        List<Meter> pv = fleet.in(InstallationGroup.CENTRE_PANELS).stream().filter(fleet::isPv).toList();
        return new InstallationGroups.CentrePanels(KpiCounts.panels(fleet, pv), target, fleet.kwh(Channel.PV_ENERGY, pv));
    }

    static InstallationGroups.Mijnwater mijnwater(Fleet fleet, EmissionContext emissions) {
        List<Meter> meters = fleet.in(InstallationGroup.MIJNWATER);
        double heat = fleet.kwh(Channel.HEAT_ENERGY, meters);
        double heatPump = fleet.kwh(Channel.ELECTRICITY_IMPORT,
                meters.stream().filter(m -> fleet.isKind(m, MeterKind.ELECTRICITY_METER)).toList());
        double cold = fleet.kwh(Channel.COLD_ENERGY, meters);
        return new InstallationGroups.Mijnwater(KpiCounts.connections(fleet, meters), heat, cold, heatPump,
                emissions.gasM3ForHeat(heat).orElse(0.0), emissions.chillerKwhForCold(cold).orElse(null),
                emissions.mijnwaterTonnes(heat, cold, heatPump).orElse(0.0));
    }

    static InstallationGroups.GasFree gasFree(Fleet fleet, EmissionContext emissions, Double target, PrivacyProperties privacy) {
        List<Meter> meters = fleet.in(InstallationGroup.GAS_FREE);
        if (privacy != null && privacy.suppresses(fleet.householdSites(meters))) {
            return InstallationGroups.GasFree.hidden(target);
        }
        int homes = KpiCounts.homesOffGas(fleet, meters);
        return new InstallationGroups.GasFree(homes, target, emissions.homesGasM3(homes).orElse(0.0),
                emissions.homesTonnes(homes).orElse(0.0), false);
    }

    private static Double target(List<Measure> measures, KpiMetric metric) {
        return measures.stream().filter(m -> m.kpiMetric() == metric).map(Measure::kpiTarget).findFirst().orElse(null);
    }

    private static double kwp(List<Meter> meters) {
        return meters.stream().mapToDouble(m -> m.capacityKwp() == null ? 0 : m.capacityKwp()).sum();
    }

    private static Double perKwp(double kwh, double kwp) {
        return kwp > 0 ? kwh / kwp : null;
    }
}
