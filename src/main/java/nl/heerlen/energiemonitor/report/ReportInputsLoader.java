package nl.heerlen.energiemonitor.report;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.heerlen.energiemonitor.accounting.EnergyTotals;
import nl.heerlen.energiemonitor.accounting.MeterEnergy;
import nl.heerlen.energiemonitor.budget.BudgetCatalog;
import nl.heerlen.energiemonitor.budget.PaletPath;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.Site;
import nl.heerlen.energiemonitor.privacy.PrivacyProperties;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.SiteCatalog;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Gathers a year's inputs from the registry, the accounting's daily rollups and the budget module. */
@Component
class ReportInputsLoader {
    private static final List<Channel> CHANNELS = List.of(Channel.PV_ENERGY, Channel.HEAT_ENERGY, Channel.COLD_ENERGY,
            Channel.ELECTRICITY_IMPORT);
    private static final List<Channel> CONTRIBUTION_CHANNELS = List.of(Channel.PV_ENERGY, Channel.HEAT_ENERGY,
            Channel.ELECTRICITY_IMPORT);

    private final EnergyTotals totals;
    private final MeterCatalog meters;
    private final SiteCatalog sites;
    private final BudgetCatalog budget;
    private final ReportProperties properties;
    private final PrivacyProperties privacy;
    private final Clock clock;

    ReportInputsLoader(EnergyTotals totals, MeterCatalog meters, SiteCatalog sites, BudgetCatalog budget,
                       ReportProperties properties, PrivacyProperties privacy, Optional<Clock> clock) {
        this.totals = totals;
        this.meters = meters;
        this.sites = sites;
        this.budget = budget;
        this.properties = properties;
        this.privacy = privacy;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Mono<ReportInputs> load(int year) {
        TimeRange range = AmsterdamCalendar.year(year);
        var now = clock.instant();
        Mono<List<Meter>> allMeters = meters.all().collectList().cache();
        Mono<List<Site>> allSites = sites.all().collectList().cache();
        Mono<Fleet> fleet = Mono.zip(allMeters, allSites, energy(range, CHANNELS))
                .map(t -> Fleet.of(range, now, t.getT1(), t.getT2(), t.getT3()));
        Mono<Optional<PaletPath>> palet = budget.paletPath().map(Optional::of).defaultIfEmpty(Optional.empty()).cache();
        Mono<List<Fleet>> earlier = palet.flatMap(p -> Mono.zip(allMeters, allSites).flatMap(t -> Flux
                .range(firstYear(year, p), Math.max(0, year - firstYear(year, p)))
                .concatMap(y -> energy(AmsterdamCalendar.year(y), CONTRIBUTION_CHANNELS)
                        .map(e -> Fleet.of(AmsterdamCalendar.year(y), now, t.getT1(), t.getT2(), e)))
                .collectList()));
        int lastPlanned = 2100;
        var extra = Mono.zip(earlier, budget.lines(2000, lastPlanned).collectList(), budget.kpiActuals(year).collectList());
        return Mono.zip(fleet, budget.measures().collectList(), budget.lines(year).collectList(),
                        budget.lines(year + 1).collectList(), budget.emissionFactors(), budget.assumptions(), palet,
                        budget.statistics().collectList())
                .zipWith(extra)
                .map(z -> {
                    var t = z.getT1();
                    var more = z.getT2();
                    return new ReportInputs(year, now, t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5(), t.getT6(),
                            t.getT7().orElse(null), t.getT8(), properties, privacy, more.getT1(), more.getT2(), more.getT3());
                });
    }

    /** The contribution series starts at the PALET base year (at most 30 years back), or 10 years back without one. */
    static int firstYear(int year, Optional<PaletPath> palet) {
        int first = palet.map(p -> p.baseline().baseYear()).orElse(year - 10);
        return Math.min(year, Math.max(first, year - 30));
    }

    private Mono<Map<Channel, List<MeterEnergy>>> energy(TimeRange range, List<Channel> channels) {
        return Flux.fromIterable(channels)
                .concatMap(c -> totals.perMeter(c, range).collectList().map(list -> Map.entry(c, list)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, () -> new EnumMap<>(Channel.class));
    }
}
