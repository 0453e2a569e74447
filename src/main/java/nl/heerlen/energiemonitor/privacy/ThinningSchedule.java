package nl.heerlen.energiemonitor.privacy;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs the household thinning periodically; a slow run delays the next tick instead of overlapping it. */
@Component
class ThinningSchedule implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ThinningSchedule.class);
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    private final HouseholdThinning thinning;
    private final PrivacyProperties properties;
    private volatile Disposable loop;

    ThinningSchedule(HouseholdThinning thinning, PrivacyProperties properties) {
        this.thinning = thinning;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.thinningEnabled()) {
            loop = runs().subscribe();
        }
    }

    /** One thinning per tick; a failed one is logged and skipped, so the loop never ends on an error. */
    Flux<HouseholdThinning.Result> runs() {
        return Flux.interval(FIRST_DELAY, properties.thinningInterval())
                .onBackpressureDrop()
                .concatMap(tick -> thinning.run()
                        .doOnNext(r -> log.info("Household data before {} thinned: {} readings, {} quarter hours, "
                                + "{} measurements", r.cutoff(), r.readings(), r.quarterHours(), r.measurements()))
                        .onErrorResume(e -> {
                            log.warn("Thinning household data failed; will retry: {}", e.toString());
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
