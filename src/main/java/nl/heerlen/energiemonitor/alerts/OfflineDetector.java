package nl.heerlen.energiemonitor.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.readings.LastReading;
import nl.heerlen.energiemonitor.readings.LastReadings;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.SiteLocation;
import nl.heerlen.energiemonitor.registry.SiteLocations;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Finds meters in service that have gone silent, asking the registry for meters and sites. */
@Component
class OfflineDetector {
    private final MeterCatalog catalog;
    private final SiteLocations sites;
    private final LastReadings lastReadings;
    private final AlertsProperties properties;
    private final OfflineRule rule;

    OfflineDetector(MeterCatalog catalog, SiteLocations sites, LastReadings lastReadings, AlertsProperties properties) {
        this.catalog = catalog;
        this.sites = sites;
        this.lastReadings = lastReadings;
        this.properties = properties;
        this.rule = new OfflineRule(properties);
    }

    Mono<List<Alert>> detect(Instant now) {
        LocalDate today = AmsterdamCalendar.local(now).toLocalDate();
        return catalog.all().filter(m -> inService(m, today)).collectList()
                .zipWith(sites.all())
                .flatMap(t -> lastSeen(t.getT1(), now).map(seen -> {
                    Map<String, Daylight> daylightBySite = new HashMap<>();
                    return t.getT1().stream()
                            .map(m -> rule.judge(m, seen.get(m.id().value()), daylightBySite.computeIfAbsent(
                                    String.valueOf(m.siteId()), site -> daylight(m, t.getT2())), now))
                            .flatMap(Optional::stream).toList();
                }));
    }

    /** When the newest reading of any of each meter's channels arrived. */
    private Mono<Map<String, Instant>> lastSeen(List<Meter> meters, Instant now) {
        List<String[]> pairs = meters.stream()
                .flatMap(m -> m.channels().stream().map(c -> new String[] {m.id().value(), c.wireName()}))
                .toList();
        return lastReadings.latest(pairs, now, properties.offlineLookback())
                .collect(Collectors.toMap(LastReading::meterId, LastReading::receivedAt,
                        (a, b) -> a.isAfter(b) ? a : b));
    }

    private Daylight daylight(Meter meter, Map<String, SiteLocation> sites) {
        SiteLocation site = meter.siteId() == null ? null : sites.get(meter.siteId());
        boolean known = site != null && site.known();
        return new Daylight(known ? site.latitude() : properties.defaultLatitude(),
                known ? site.longitude() : properties.defaultLongitude(), properties.minSunElevationDeg());
    }

    static boolean inService(Meter meter, LocalDate day) {
        return (meter.commissionedOn() == null || !meter.commissionedOn().isAfter(day))
                && (meter.decommissionedOn() == null || meter.decommissionedOn().isAfter(day));
    }
}
