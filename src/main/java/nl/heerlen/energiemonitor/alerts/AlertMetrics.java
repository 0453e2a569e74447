package nl.heerlen.energiemonitor.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Active alerts per type as gauges: the type is the only tag (a handful of values), never the meter; which meters
 * are affected is in the API and in Grafana's SQL panels.
 */
@Component
class AlertMetrics {
    static final String ACTIVE = "energiemonitor.alerts.active";
    static final String EVALUATIONS = "energiemonitor.alerts.evaluations";

    private final Map<AlertType, AtomicInteger> active = new EnumMap<>(AlertType.class);
    private final Counter succeeded;
    private final Counter failed;

    AlertMetrics(MeterRegistry registry) {
        for (AlertType type : AlertType.values()) {
            AtomicInteger count = new AtomicInteger();
            active.put(type, count);
            Gauge.builder(ACTIVE, count, AtomicInteger::get).tag("type", type.tag())
                    .description("Alerts active at the last evaluation, by type").register(registry);
        }
        succeeded = evaluations(registry, "success");
        failed = evaluations(registry, "failure");
    }

    void publish(List<Alert> alerts) {
        active.forEach((type, count) -> count.set((int) alerts.stream().filter(a -> a.type() == type).count()));
        succeeded.increment();
    }

    void failed() {
        failed.increment();
    }

    private static Counter evaluations(MeterRegistry registry, String outcome) {
        return Counter.builder(EVALUATIONS).tag("outcome", outcome)
                .description("Alert evaluations, by outcome").register(registry);
    }
}
