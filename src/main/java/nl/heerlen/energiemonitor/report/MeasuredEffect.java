package nl.heerlen.energiemonitor.report;

import static nl.heerlen.energiemonitor.report.DutchFormat.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.heerlen.energiemonitor.budget.KpiMetric;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterKind;

/** The effect of one measure this year, from its meters, with the factors, assumptions and parts it took. */
record MeasuredEffect(Double kwh, Double co2Tonnes, String basis, List<String> factors, List<String> assumptions,
                      List<MeasureLine.EffectPart> parts) {
    static final MeasuredEffect NOT_MEASURED = new MeasuredEffect(null, null, "niet gemeten", List.of(), List.of(), List.of());

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
        Double tonnes = e.pvTonnes(kwh).orElse(null);
        var part = new MeasureLine.EffectPart("zonnestroom", kwh, tonnes, e.electricity().map(f -> number(kwh, 1)
                + " kWh × " + number(f.kgCo2PerUnit(), 3) + " kg/kWh (stroom van het net)").orElse("geen emissiefactor voor stroom"));
        return new MeasuredEffect(kwh, tonnes, "gemeten", refs(e.electricity().stream().toList()), List.of(), List.of(part));
    }

    private static MeasuredEffect mijnwater(Fleet fleet, List<Meter> meters, EmissionContext e) {
        double heat = fleet.kwh(Channel.HEAT_ENERGY, meters);
        double cold = fleet.kwh(Channel.COLD_ENERGY, meters);
        double heatPump = fleet.kwh(Channel.ELECTRICITY_IMPORT,
                meters.stream().filter(m -> fleet.isKind(m, MeterKind.ELECTRICITY_METER)).toList());
        return new MeasuredEffect(heat, e.mijnwaterTonnes(heat, cold, heatPump).orElse(null), "gemeten",
                refs(e.factors()), assumptionRefs(List.of(e.boilerEfficiency(), e.gasKwhPerM3(), e.chillerSeer())),
                mijnwaterParts(heat, cold, heatPump, e));
    }

    /** Heat, cold and the heat pumps as separate lines, so that the sum can be followed step by step. */
    static List<MeasureLine.EffectPart> mijnwaterParts(double heat, double cold, double heatPump, EmissionContext e) {
        Optional<Double> el = e.electricity().map(FactorUsed::kgCo2PerUnit);
        List<MeasureLine.EffectPart> parts = new ArrayList<>();
        Optional<Double> m3 = e.gasM3ForHeat(heat);
        parts.add(new MeasureLine.EffectPart("warmte", heat, m3.flatMap(v -> e.gas().map(g -> v * g.kgCo2PerUnit() / 1000)).orElse(null),
                m3.isEmpty() || e.gas().isEmpty() ? "geen aanname of factor voor gas"
                        : number(heat, 1) + " kWh / rendement " + number(e.boilerEfficiency().get().value(), 2) + " / "
                        + number(e.gasKwhPerM3().get().value(), 4) + " kWh per m3 = " + number(m3.get(), 1) + " m3 gas × "
                        + number(e.gas().get().kgCo2PerUnit(), 3) + " kg/m3"));
        Optional<Double> chiller = e.chillerKwhForCold(cold);
        parts.add(new MeasureLine.EffectPart("koude", cold, chiller.flatMap(k -> el.map(f -> k * f / 1000)).orElse(null),
                chiller.isEmpty() ? "geen aanname voor de vervangen koelmachine (SEER): koude telt niet mee"
                        : el.isEmpty() ? "geen emissiefactor voor stroom"
                        : number(cold, 1) + " kWh / SEER " + number(e.chillerSeer().get().value(), 2) + " = "
                        + number(chiller.get(), 1) + " kWh stroom van een compressiekoelmachine × " + number(el.get(), 3) + " kg/kWh"));
        parts.add(new MeasureLine.EffectPart("warmtepompen", -heatPump, el.map(f -> -heatPump * f / 1000).orElse(null),
                el.isEmpty() ? "geen emissiefactor voor stroom" : "-" + number(heatPump, 1)
                        + " kWh gemeten stroom van warmtepompen en pompen × " + number(el.get(), 3) + " kg/kWh"));
        return parts;
    }

    private static MeasuredEffect homes(Fleet fleet, List<Meter> meters, EmissionContext e) {
        int homes = KpiCounts.homesOffGas(fleet, meters);
        Double tonnes = e.homesTonnes(homes).orElse(null);
        var part = new MeasureLine.EffectPart("woningen van het gas", null, tonnes, e.homeGasM3().flatMap(a -> e.gas().map(g ->
                homes + " woningen × " + number(a.value(), 0) + " m3 gas per jaar × " + number(g.kgCo2PerUnit(), 3) + " kg/m3"))
                .orElse("geen aanname of factor voor gas"));
        return new MeasuredEffect(null, tonnes, "geschat uit het aantal woningen",
                refs(e.gas().stream().toList()), assumptionRefs(List.of(e.homeGasM3())), List.of(part));
    }

    private static List<String> refs(List<FactorUsed> factors) {
        return factors.stream().map(FactorUsed::reference).toList();
    }

    private static List<String> assumptionRefs(List<Optional<AssumptionUsed>> used) {
        return used.stream().flatMap(Optional::stream).map(AssumptionUsed::reference).toList();
    }
}
