package nl.heerlen.energiemonitor.report;

import java.util.List;
import nl.heerlen.energiemonitor.budget.KpiMetric;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterKind;

/** The effect of one measure this year, from its meters, with the factors and assumptions it took. */
record MeasuredEffect(Double kwh, Double co2Tonnes, String basis, List<String> factors, List<String> assumptions) {
    static final MeasuredEffect NOT_MEASURED = new MeasuredEffect(null, null, "niet gemeten", List.of(), List.of());

    static MeasuredEffect of(KpiMetric metric, Fleet fleet, List<Meter> meters, EmissionContext e) {
        return switch (metric) {
            case NONE -> NOT_MEASURED;
            case PV_ROOFS, PV_PANELS -> pv(fleet, meters, e);
            case CONNECTIONS -> mijnwater(fleet, meters, e);
            case HOMES_OFF_GAS -> homes(fleet, meters, e);
        };
    }

    private static MeasuredEffect pv(Fleet fleet, List<Meter> meters, EmissionContext e) {
        double kwh = fleet.kwh(Channel.PV_ENERGY, meters.stream().filter(fleet::isPv).toList());
        return new MeasuredEffect(kwh, e.pvTonnes(kwh).orElse(null), "gemeten", refs(e.electricity().stream().toList()), List.of());
    }

    private static MeasuredEffect mijnwater(Fleet fleet, List<Meter> meters, EmissionContext e) {
        double heat = fleet.kwh(Channel.HEAT_ENERGY, meters);
        double heatPump = fleet.kwh(Channel.ELECTRICITY_IMPORT,
                meters.stream().filter(m -> fleet.isKind(m, MeterKind.ELECTRICITY_METER)).toList());
        return new MeasuredEffect(heat, e.mijnwaterTonnes(heat, heatPump).orElse(null), "gemeten",
                refs(e.factors()), assumptionRefs(List.of(e.boilerEfficiency(), e.gasKwhPerM3())));
    }

    private static MeasuredEffect homes(Fleet fleet, List<Meter> meters, EmissionContext e) {
        int homes = KpiCounts.homesOffGas(fleet, meters);
        return new MeasuredEffect(null, e.homesTonnes(homes).orElse(null), "geschat uit het aantal woningen",
                refs(e.gas().stream().toList()), assumptionRefs(List.of(e.homeGasM3())));
    }

    private static List<String> refs(List<FactorUsed> factors) {
        return factors.stream().map(FactorUsed::reference).toList();
    }

    private static List<String> assumptionRefs(List<java.util.Optional<AssumptionUsed>> used) {
        return used.stream().flatMap(java.util.Optional::stream).map(AssumptionUsed::reference).toList();
    }
}
