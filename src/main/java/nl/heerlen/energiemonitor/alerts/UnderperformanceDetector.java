package nl.heerlen.energiemonitor.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.heerlen.energiemonitor.accounting.EnergyTotals;
import nl.heerlen.energiemonitor.accounting.MeterEnergy;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Compares the specific yield of PV roofs over the last whole Amsterdam days, from the daily rollups. */
@Component
class UnderperformanceDetector {
    private final MeterCatalog catalog;
    private final EnergyTotals totals;
    private final AlertsProperties properties;
    private final UnderperformanceRule rule;

    UnderperformanceDetector(MeterCatalog catalog, EnergyTotals totals, AlertsProperties properties) {
        this.catalog = catalog;
        this.totals = totals;
        this.properties = properties;
        this.rule = new UnderperformanceRule(properties);
    }

    Mono<List<Alert>> detect(Instant now) {
        LocalDate today = AmsterdamCalendar.local(now).toLocalDate();
        LocalDate first = today.minusDays(Math.max(1, properties.underperformanceWindow().toDays()));
        TimeRange window = new TimeRange(AmsterdamCalendar.startOf(first), AmsterdamCalendar.startOf(today));
        Mono<List<Meter>> roofs = catalog.all()
                .filter(m -> m.kind().isPhotovoltaic() && m.capacityKwp() != null)
                .filter(m -> OfflineDetector.inService(m, first) && OfflineDetector.inService(m, today.minusDays(1)))
                .collectList();
        Mono<Map<String, MeterEnergy>> energy = totals.perMeter(Channel.PV_ENERGY, window)
                .collectMap(MeterEnergy::meterId, Function.identity());
        return Mono.zip(roofs, energy).map(t -> rule.judge(t.getT1().stream()
                .map(m -> roofYield(m, t.getT2().get(m.id().value()))).toList(), window.from()));
    }

    private static UnderperformanceRule.RoofYield roofYield(Meter meter, MeterEnergy energy) {
        return new UnderperformanceRule.RoofYield(meter.id().value(), meter.siteId(), meter.kind(),
                energy == null ? 0 : energy.value(), meter.capacityKwp(), energy == null ? 0 : energy.coverage());
    }
}
