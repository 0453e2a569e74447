package nl.heerlen.energiemonitor.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Evaluates the alerts periodically; a slow evaluation delays the next tick instead of overlapping it. */
@Component
class AlertScheduler implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AlertScheduler.class);
    // First evaluation shortly after start, once the registry's seeds are in.
    private static final Duration FIRST_DELAY = Duration.ofSeconds(5);

    private final AlertEvaluator evaluator;
    private final AlertsProperties properties;
    private final Clock clock;
    private volatile Disposable loop;

    AlertScheduler(AlertEvaluator evaluator, AlertsProperties properties, Optional<Clock> clock) {
        this.evaluator = evaluator;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        loop = evaluations().subscribe();
    }

    /** One evaluation per tick; a failed one is logged and skipped, so the loop never ends on an error. */
    Flux<List<Alert>> evaluations() {
        return Flux.interval(FIRST_DELAY, properties.evaluationInterval())
                .onBackpressureDrop()
                .concatMap(tick -> evaluator.evaluateAndPublish(clock.instant())
                        .onErrorResume(e -> {
                            log.warn("Evaluating alerts failed; will retry: {}", e.toString());
                            return Mono.empty();
                        }), 1);
    }

    @Override
    public void stop() {
        Disposable current = loop;
        if (current != null) {
            current.dispose();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
