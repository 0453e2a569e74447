package nl.heerlen.energiemonitor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.accounting.MeterEnergy;
import nl.heerlen.energiemonitor.budget.Measure;
import nl.heerlen.energiemonitor.privacy.PrivacyProperties;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterKind;
import nl.heerlen.energiemonitor.registry.Site;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.TimeRange;

/**
 * The meters and sites of the registry with their measured energy in the report year.
 *
 * @param range the report year
 * @param until the end of the year, or now while the year runs: what counts as "in service" and as elapsed time
 * @param energy per channel, per meter id
 */
record Fleet(TimeRange range, Instant until, List<Meter> meters, Map<String, Site> sites,
             Map<Channel, Map<String, MeterEnergy>> energy) {

    static Fleet of(TimeRange range, Instant now, List<Meter> meters, List<Site> sites, Map<Channel, List<MeterEnergy>> energy) {
        Instant until = now.isBefore(range.to()) ? now : range.to();
        Map<Channel, Map<String, MeterEnergy>> byMeter = energy.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().collect(Collectors.toMap(MeterEnergy::meterId, Function.identity()))));
        return new Fleet(range, until, meters, sites.stream().collect(Collectors.toMap(Site::id, Function.identity())), byMeter);
    }

    Optional<Site> site(Meter meter) {
        return Optional.ofNullable(meter.siteId()).map(sites::get);
    }

    /** Meters at sites of the group's kind that were in service at some time during the year (up to now). */
    List<Meter> in(InstallationGroup group) {
        return meters.stream().filter(m -> site(m).map(s -> s.kind().equals(group.siteKind)).orElse(false))
                .filter(this::servedThisYear).toList();
    }

    /** Meters that measure a measure: at its sites of the kind it names. */
    List<Meter> of(Measure measure) {
        return meters.stream().filter(m -> site(m).map(s -> s.kind().equals(measure.measuredBySiteKind())
                && s.belongsTo(measure.code())).orElse(false)).filter(this::servedThisYear).toList();
    }

    double kwh(Channel channel, List<Meter> meters) {
        return meters.stream().mapToDouble(m -> energy(channel, m).map(MeterEnergy::value).orElse(0.0)).sum();
    }

    Optional<MeterEnergy> energy(Channel channel, Meter meter) {
        return Optional.ofNullable(energy.getOrDefault(channel, Map.of()).get(meter.id().value()));
    }

    /** Commissioned before the end (or now) and not decommissioned before the year began. */
    boolean servedThisYear(Meter m) {
        return serviceStart(m).isBefore(serviceEnd(m));
    }

    /** In service at the end of the year (or now): what KPI counts count. */
    boolean inServiceAtEnd(Meter m) {
        return servedThisYear(m) && (m.decommissionedOn() == null || !start(m.decommissionedOn()).isBefore(until));
    }

    Instant serviceStart(Meter m) {
        Instant commissioned = m.commissionedOn() == null ? range.from() : start(m.commissionedOn());
        return commissioned.isAfter(range.from()) ? commissioned : range.from();
    }

    Instant serviceEnd(Meter m) {
        Instant end = m.decommissionedOn() == null ? until : start(m.decommissionedOn());
        return end.isBefore(until) ? end : until;
    }

    /** The distinct household sites among these meters: what the privacy threshold counts. */
    long householdSites(List<Meter> meters) {
        return meters.stream().map(this::site).flatMap(Optional::stream).filter(Site::household).map(Site::id)
                .distinct().count();
    }

    /**
     * False when household data of these meters on the channel this year must not be shown: at least one but fewer
     * than N homes gave data for the year (the report's only bucket). Without a privacy rule everything is shown.
     */
    boolean householdDataShown(Channel channel, List<Meter> meters, PrivacyProperties privacy) {
        return privacy == null || !privacy.suppresses(meters.stream().filter(this::isHousehold)
                .filter(m -> energy(channel, m).filter(e -> e.value() != 0 || e.coverage() > 0 || e.estimatedShare() > 0)
                        .isPresent()).map(Meter::siteId).distinct().count());
    }

    boolean isHousehold(Meter m) {
        return site(m).map(Site::household).orElse(false);
    }

    boolean isPv(Meter m) {
        return m.kind().isPhotovoltaic();
    }

    boolean isKind(Meter m, MeterKind kind) {
        return m.kind() == kind;
    }

    private static Instant start(LocalDate day) {
        return AmsterdamCalendar.startOf(day);
    }
}
