package nl.heerlen.energiemonitor.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;
import nl.heerlen.energiemonitor.accounting.MeterEnergy;
import nl.heerlen.energiemonitor.privacy.PrivacyProperties;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;

/** Builds the klimaatbegroting from its inputs; pure, so that the figures can be checked by hand in tests. */
final class KlimaatbegrotingBuilder {
    private KlimaatbegrotingBuilder() {
    }

    static Klimaatbegroting build(ReportInputs in) {
        Fleet fleet = in.fleet();
        ReportProperties p = in.properties();
        EmissionContext emissions = EmissionContext.of(in.year(), p.emissionBasis(), in.factors(), in.assumptions());
        StatisticsByYear statistics = StatisticsByYear.of(in.statistics());
        InstallationGroups groups = GroupCalculator.of(fleet, emissions, in.measures(), in.privacy());
        List<MeasureLine> measures = MeasureCalculator.of(in.measures(), in.lines(), fleet, emissions, in.privacy(), in.kpiActuals());
        double avoided = measures.stream().map(MeasureLine::measuredCo2Tonnes).filter(Objects::nonNull).mapToDouble(d -> d).sum();
        List<PaletSection.ContributionYear> contribution = PaletContribution.series(in.year(), in.earlierFleets(), fleet, in.privacy());
        double measuredTj = contribution.get(contribution.size() - 1).totalTj();
        PaletSection palet = PaletCalculator.of(areaOf(in), in.palet(), statistics, in.year(), contribution, p.trendYears());
        int targetYear = in.palet() == null ? 2040 : in.palet().baseline().targetYear();
        ProjectionSection projection = ProjectionCalculator.of(in.year(), targetYear, statistics, in.palet(), in.plannedLines());
        CeilingSection ceiling = CeilingCalculator.of(in.year(), targetYear, statistics, p.trendYears(), avoided);
        NextYearPlan next = NextYearPlanner.of(in.year() + 1, in.nextYearLines(),
                CeilingCalculator.of(in.year() + 1, targetYear, statistics, p.trendYears(), 0));
        DataQuality quality = QualityCalculator.of(fleet, p.coverageThreshold(), in.privacy());
        List<String> reasons = Provisional.reasons(in.year(), fleet.range(), in.now(), quality);
        List<String> notes = DataNotes.of(in, emissions, statistics);
        boolean illustrative = !notes.isEmpty();
        return new Klimaatbegroting(in.year(), AmsterdamCalendar.local(fleet.range().from()),
                AmsterdamCalendar.local(fleet.range().to()), in.now(), !reasons.isEmpty(), reasons, illustrative, notes,
                null, SummaryWriter.of(in.year(), palet, measuredTj, avoided,
                        !reasons.isEmpty(), illustrative, projection),
                energyGroup(fleet, Channel.PV_ENERGY, in.privacy()), energyGroup(fleet, Channel.HEAT_ENERGY, in.privacy()),
                palet, ceiling, measures,
                next, groups, quality, emissions.factors(), emissions.assumptions(), List.of(), projection);
    }

    private static String areaOf(ReportInputs in) {
        return in.palet() == null ? null : in.palet().baseline().area();
    }

    /**
     * All meters with energy on the channel this year, whatever their site: the raw measured totals. Meters in homes
     * are not listed one by one; their energy counts in the total only when enough homes gave data this year.
     */
    static Klimaatbegroting.EnergyGroup energyGroup(Fleet fleet, Channel channel, PrivacyProperties privacy) {
        Map<String, Meter> meters = fleet.meters().stream().collect(Collectors.toMap(m -> m.id().value(), m -> m, (a, b) -> a));
        List<MeterEnergy> energy = fleet.energy().getOrDefault(channel, Map.of()).values().stream()
                .sorted(Comparator.comparing(MeterEnergy::meterId)).toList();
        List<MeterEnergy> homes = energy.stream().filter(e -> meters.containsKey(e.meterId())
                && fleet.isHousehold(meters.get(e.meterId()))).toList();
        boolean homesShown = fleet.householdDataShown(channel, homes.stream().map(e -> meters.get(e.meterId())).toList(),
                privacy);
        List<Klimaatbegroting.MeterLine> lines = energy.stream().filter(e -> !homes.contains(e)).map(e -> {
            Meter meter = meters.get(e.meterId());
            return new Klimaatbegroting.MeterLine(e.meterId(), meter == null ? null : meter.kind().wireName(),
                    meter == null ? null : meter.siteId(), e.value(), e.coverage(), e.estimatedShare());
        }).toList();
        List<MeterEnergy> counted = homesShown ? energy : energy.stream().filter(e -> !homes.contains(e)).toList();
        double total = counted.stream().mapToDouble(MeterEnergy::value).sum();
        return new Klimaatbegroting.EnergyGroup(channel.wireName(), channel.canonicalUnit(), total, counted.size(), lines);
    }
}
