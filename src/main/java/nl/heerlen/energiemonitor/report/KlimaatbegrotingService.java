package nl.heerlen.energiemonitor.report;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.accounting.EnergyTotals;
import nl.heerlen.energiemonitor.accounting.MeterEnergy;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Builds the klimaatbegroting of a calendar year (Europe/Amsterdam) from the daily rollups. */
@Service
class KlimaatbegrotingService {
    private final EnergyTotals totals;
    private final MeterCatalog catalog;
    private final Clock clock;

    KlimaatbegrotingService(EnergyTotals totals, MeterCatalog catalog, Optional<Clock> clock) {
        this.totals = totals;
        this.catalog = catalog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Mono<Klimaatbegroting> forYear(int year) {
        TimeRange range = AmsterdamCalendar.year(year);
        boolean provisional = clock.instant().isBefore(range.to());
        return catalog.all().collectMap(m -> m.id().value(), Function.identity())
                .flatMap(meters -> Mono.zip(
                        group(Channel.PV_ENERGY, range, meters),
                        group(Channel.HEAT_ENERGY, range, meters)))
                .map(groups -> new Klimaatbegroting(year, AmsterdamCalendar.local(range.from()),
                        AmsterdamCalendar.local(range.to()), provisional, groups.getT1(), groups.getT2()));
    }

    private Mono<Klimaatbegroting.EnergyGroup> group(Channel channel, TimeRange range, Map<String, Meter> meters) {
        return totals.perMeter(channel, range).collectList().map(list -> {
            List<Klimaatbegroting.MeterLine> lines = list.stream()
                    .map(e -> line(e, meters.get(e.meterId())))
                    .sorted(Comparator.comparing(Klimaatbegroting.MeterLine::meterId))
                    .collect(Collectors.toList());
            double total = list.stream().mapToDouble(MeterEnergy::value).sum();
            return new Klimaatbegroting.EnergyGroup(channel.wireName(), channel.canonicalUnit(), total, lines.size(), lines);
        });
    }

    private static Klimaatbegroting.MeterLine line(MeterEnergy energy, Meter meter) {
        return new Klimaatbegroting.MeterLine(energy.meterId(), meter == null ? null : meter.kind().wireName(),
                meter == null ? null : meter.siteId(), energy.value(), energy.coverage(), energy.estimatedShare());
    }
}
