package nl.heerlen.energiemonitor.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.accounting.SupplyReturnTemperatures;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterKind;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Checks the supply/return difference of Mijnwater connections from the quarter-hour measurement rollups. */
@Component
class DeltaTDetector {
    private final MeterCatalog catalog;
    private final SupplyReturnTemperatures temperatures;
    private final AlertsProperties properties;
    private final DeltaTRule rule;

    DeltaTDetector(MeterCatalog catalog, SupplyReturnTemperatures temperatures, AlertsProperties properties) {
        this.catalog = catalog;
        this.temperatures = temperatures;
        this.properties = properties;
        this.rule = new DeltaTRule(properties);
    }

    Mono<List<Alert>> detect(Instant now) {
        TimeRange window = new TimeRange(now.minus(properties.deltaTWindow()), now);
        Mono<Map<String, Meter>> heatMeters = catalog.all().filter(m -> m.kind() == MeterKind.HEAT_METER)
                .collectMap(m -> m.id().value());
        return heatMeters.flatMap(meters -> temperatures.whileDelivering(window)
                .filter(t -> meters.containsKey(t.meterId()))
                .map(t -> rule.judge(t, meters.get(t.meterId()).siteId(), window.from()))
                .flatMap(Mono::justOrEmpty)
                .collectList());
    }
}
