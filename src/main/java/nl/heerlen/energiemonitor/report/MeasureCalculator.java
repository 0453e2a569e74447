package nl.heerlen.energiemonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.heerlen.energiemonitor.budget.BudgetLine;
import nl.heerlen.energiemonitor.budget.KpiActual;
import nl.heerlen.energiemonitor.budget.Measure;
import nl.heerlen.energiemonitor.privacy.PrivacyProperties;
import nl.heerlen.energiemonitor.registry.Meter;

/** The measures table: money from the budget lines next to the KPI and the measured effect. */
final class MeasureCalculator {
    private MeasureCalculator() {
    }

    static List<MeasureLine> of(List<Measure> measures, List<BudgetLine> lines, Fleet fleet, EmissionContext emissions) {
        return of(measures, lines, fleet, emissions, null, List.of());
    }

    /** The lines; a measure metered in fewer homes than the privacy threshold shows no KPI, effect or meters. */
    static List<MeasureLine> of(List<Measure> measures, List<BudgetLine> lines, Fleet fleet, EmissionContext emissions,
                                PrivacyProperties privacy, List<KpiActual> entered) {
        return measures.stream().map(m -> {
            MeasureLine line = line(m, lines.stream().filter(l -> l.measureCode().equals(m.code())).toList(), fleet,
                    emissions, EnteredKpi.latest(entered, m.code()));
            boolean hide = privacy != null && m.measuredBySiteKind() != null
                    && privacy.suppresses(fleet.householdSites(fleet.of(m)));
            return hide ? line.hidden() : line;
        }).toList();
    }

    private static MeasureLine line(Measure m, List<BudgetLine> lines, Fleet fleet, EmissionContext emissions,
                                    java.util.Optional<KpiActual> entered) {
        List<Meter> meters = m.measuredBySiteKind() == null ? List.of() : fleet.of(m);
        MeasuredEffect effect = m.measuredBySiteKind() == null ? MeasuredEffect.NOT_MEASURED
                : MeasuredEffect.of(m.kpiMetric(), fleet, meters, emissions);
        BigDecimal realised = money(lines, BudgetLine::realisedEur);
        Double metered = m.measuredBySiteKind() == null ? null : KpiCounts.actual(m.kpiMetric(), fleet, meters);
        // Meters win where they can count; a figure entered by hand fills in for measures they cannot.
        Double kpiActual = metered != null ? metered : entered.map(KpiActual::value).orElse(null);
        String kpiSource = metered != null ? "gemeten" : entered.map(EnteredKpi::describe).orElse(null);
        return new MeasureLine(m.code(), m.title(), m.portfolio(), m.wethouder(),
                Objects.requireNonNullElse(money(lines, BudgetLine::plannedEur), BigDecimal.ZERO.setScale(2)), realised,
                m.kpiName(), m.kpiTarget(), kpiActual,
                m.kpiUnit(), sum(lines, BudgetLine::expectedKwh), sum(lines, BudgetLine::expectedCo2Tonnes),
                effect.kwh(), effect.co2Tonnes(), effect.basis(), perTonne(realised, effect.co2Tonnes()),
                // A home's meter id is not published: it links the open data to one household.
                meters.stream().filter(x -> !fleet.isHousehold(x)).map(x -> x.id().value()).sorted().toList(),
                effect.factors(), effect.assumptions(),
                statuses(m, lines), false, kpiSource, effect.parts());
    }

    /** Null when no line has a value, so that "nothing booked" differs from "zero booked". */
    static BigDecimal money(List<BudgetLine> lines, Function<BudgetLine, BigDecimal> amount) {
        return lines.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    static Double sum(List<BudgetLine> lines, Function<BudgetLine, Double> value) {
        return lines.stream().map(value).filter(Objects::nonNull).reduce(Double::sum).orElse(null);
    }

    static BigDecimal perTonne(BigDecimal euros, Double tonnes) {
        if (euros == null || tonnes == null || !(tonnes > 0)) {
            return null;
        }
        return euros.divide(BigDecimal.valueOf(tonnes), 2, RoundingMode.HALF_UP);
    }

    private static List<String> statuses(Measure m, List<BudgetLine> lines) {
        List<String> statuses = new ArrayList<>();
        statuses.add("portefeuille: " + m.portfolioStatus().wireName());
        statuses.add("kpi: " + m.kpiStatus().wireName());
        lines.stream().map(l -> "begroting: " + l.status().wireName()).distinct().forEach(statuses::add);
        return statuses;
    }
}
