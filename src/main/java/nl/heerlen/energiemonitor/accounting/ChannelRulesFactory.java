package nl.heerlen.energiemonitor.accounting;

import nl.heerlen.energiemonitor.registry.Meter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The accounting rules of one meter channel: defaults from the meter, overridden per channel where configured. */
@Component
class ChannelRulesFactory {
    private final RollupRows rows;
    private final AccountingProperties properties;

    ChannelRulesFactory(RollupRows rows, AccountingProperties properties) {
        this.rows = rows;
        this.properties = properties;
    }

    Mono<ChannelRules> rulesFor(Meter meter, String channel) {
        return rows.ruleOverrides(meter.id().value(), channel).map(o -> new ChannelRules(
                o[0] != null ? o[0] : properties.resetTolerance(),
                o[1] != null ? o[1] : defaultMaxRate(meter),
                meter.maxGap(),
                o[2]));
    }

    private double defaultMaxRate(Meter meter) {
        if (meter.kind().isPhotovoltaic() && meter.capacityKwp() != null) {
            return meter.capacityKwp() * properties.pvMaxKwhPerKwpHour();
        }
        return Double.POSITIVE_INFINITY;
    }
}
