package nl.heerlen.energiemonitor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.heerlen.energiemonitor.budget.Assumption;
import nl.heerlen.energiemonitor.budget.Assumptions;
import nl.heerlen.energiemonitor.budget.Basis;
import nl.heerlen.energiemonitor.budget.Carrier;
import nl.heerlen.energiemonitor.budget.EmissionFactor;
import nl.heerlen.energiemonitor.budget.EmissionFactors;

/** The factors and assumptions a report year computes with, and the CO2 effects computed from them. */
record EmissionContext(Optional<FactorUsed> electricity, Optional<FactorUsed> gas, Optional<AssumptionUsed> boilerEfficiency,
                       Optional<AssumptionUsed> gasKwhPerM3, Optional<AssumptionUsed> homeGasM3,
                       Optional<AssumptionUsed> chillerSeer) {

    static EmissionContext of(int year, Basis basis, EmissionFactors factors, Assumptions assumptions) {
        return new EmissionContext(factors.forYear(Carrier.ELECTRICITY, basis, year).map(EmissionContext::used),
                factors.forYear(Carrier.NATURAL_GAS, basis, year).map(EmissionContext::used),
                assumptions.forYear(Assumption.GAS_BOILER_EFFICIENCY, year).map(EmissionContext::used),
                assumptions.forYear(Assumption.GAS_KWH_PER_M3, year).map(EmissionContext::used),
                assumptions.forYear(Assumption.HOME_GAS_M3_PER_YEAR, year).map(EmissionContext::used),
                assumptions.forYear(Assumption.CHILLER_SEER, year).map(EmissionContext::used));
    }

    /** Tonnes CO2 avoided by PV; empty without an electricity factor. */
    Optional<Double> pvTonnes(double kwh) {
        return electricity.map(f -> AvoidedEmissions.tonnes(AvoidedEmissions.pvKg(kwh, f.kgCo2PerUnit())));
    }

    Optional<Double> gasM3ForHeat(double heatKwh) {
        return boilerEfficiency.flatMap(e -> gasKwhPerM3.map(k -> AvoidedEmissions.gasM3ForHeat(heatKwh, e.value(), k.value())));
    }

    /** The chiller electricity the cold replaces; empty without a SEER assumption. */
    Optional<Double> chillerKwhForCold(double coldKwh) {
        return chillerSeer.map(s -> AvoidedEmissions.chillerKwhForCold(coldKwh, s.value()));
    }

    /** Heat, cold (when a SEER is known; otherwise cold counts for nothing) minus the heat pumps' electricity. */
    Optional<Double> mijnwaterTonnes(double heatKwh, double coldKwh, double heatPumpKwh) {
        double chillerKwh = chillerKwhForCold(coldKwh).orElse(0.0);
        return gasM3ForHeat(heatKwh).flatMap(m3 -> gas.flatMap(g -> electricity.map(el -> AvoidedEmissions.tonnes(
                m3 * g.kgCo2PerUnit() + (chillerKwh - heatPumpKwh) * el.kgCo2PerUnit()))));
    }

    Optional<Double> homesGasM3(int homes) {
        return homeGasM3.map(a -> homes * a.value());
    }

    Optional<Double> homesTonnes(int homes) {
        return homeGasM3.flatMap(a -> gas.map(g -> AvoidedEmissions.tonnes(
                AvoidedEmissions.homesOffGasKg(homes, a.value(), g.kgCo2PerUnit()))));
    }

    List<FactorUsed> factors() {
        List<FactorUsed> used = new ArrayList<>();
        electricity.ifPresent(used::add);
        gas.ifPresent(used::add);
        return used;
    }

    List<AssumptionUsed> assumptions() {
        List<AssumptionUsed> used = new ArrayList<>();
        boilerEfficiency.ifPresent(used::add);
        gasKwhPerM3.ifPresent(used::add);
        homeGasM3.ifPresent(used::add);
        chillerSeer.ifPresent(used::add);
        return used;
    }

    private static FactorUsed used(EmissionFactor f) {
        return new FactorUsed(f.carrier().wireName(), f.year(), f.basis().name(), f.version(), f.kgCo2PerUnit(),
                f.unit(), f.source(), f.status().wireName());
    }

    private static AssumptionUsed used(Assumption a) {
        return new AssumptionUsed(a.key(), a.year(), a.version(), a.value(), a.unit(), a.description(), a.source(),
                a.status().wireName());
    }
}
