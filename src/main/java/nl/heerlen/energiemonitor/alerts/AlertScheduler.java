package nl.heerlen.energiemonitor.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.heerlen.energiemonitor.shared.PeriodicTask;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Evaluates the alerts periodically. */
@Component
class AlertScheduler extends PeriodicTask<List<Alert>> {
    // First evaluation shortly after start, once the registry's seeds are in.
    private static final Duration FIRST_DELAY = Duration.ofSeconds(5);

    private final AlertEvaluator evaluator;
    private final AlertsProperties properties;
    private final Clock clock;

    AlertScheduler(AlertEvaluator evaluator, AlertsProperties properties, Optional<Clock> clock) {
        this.evaluator = evaluator;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One evaluation per tick; a failed one is logged and skipped, so the loop never ends on an error. */
    Flux<List<Alert>> evaluations() {
        return runs();
    }

    @Override
    protected boolean enabled() {
        return properties.enabled();
    }

    @Override
    protected Duration firstDelay() {
        return FIRST_DELAY;
    }

    @Override
    protected Duration interval() {
        return properties.evaluationInterval();
    }

    @Override
    protected Mono<List<Alert>> runOnce() {
        return evaluator.evaluateAndPublish(clock.instant());
    }

    @Override
    protected String description() {
        return "Evaluating alerts";
    }
}
