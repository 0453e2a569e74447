package nl.heerlen.energiemonitor.accounting;

import nl.heerlen.energiemonitor.registry.Meter;
import org.springframework.stereotype.Component;

/** The accounting rules of one meter channel: defaults from the meter, overridden per channel where configured. */
@Component
class ChannelRulesFactory {
    private final AccountingProperties properties;

    ChannelRulesFactory(AccountingProperties properties) {
        this.properties = properties;
    }

    /** {@code overrides}: reset tolerance, maximum rate per hour, register maximum; each may be null. */
    ChannelRules rules(Meter meter, Double[] overrides) {
        return new ChannelRules(
                overrides[0] != null ? overrides[0] : properties.resetTolerance(),
                overrides[1] != null ? overrides[1] : defaultMaxRate(meter),
                meter.maxGap(),
                overrides[2]);
    }

    private double defaultMaxRate(Meter meter) {
        if (meter.kind().isPhotovoltaic() && meter.capacityKwp() != null) {
            return meter.capacityKwp() * properties.pvMaxKwhPerKwpHour();
        }
        return Double.POSITIVE_INFINITY;
    }
}
