package nl.heerlen.energiemonitor.shared;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Work repeated on a fixed interval while the service runs: a slow run delays the next tick instead of overlapping
 * it, and a failed run is logged and skipped so the loop never ends on an error.
 */
public abstract class PeriodicTask<T> implements SmartLifecycle {
    private final Logger log = LoggerFactory.getLogger(getClass());
    private volatile Disposable loop;

    protected abstract boolean enabled();

    protected abstract Duration firstDelay();

    protected abstract Duration interval();

    protected abstract Mono<T> runOnce();

    /** What one run does, for the log line of a failure. */
    protected abstract String description();

    /** The runs, one per tick (exposed for tests in virtual time). */
    public Flux<T> runs() {
        return Flux.interval(firstDelay(), interval())
                .onBackpressureDrop()
                .concatMap(tick -> runOnce().onErrorResume(e -> {
                    log.warn("{} failed; will retry: {}", description(), e.toString());
                    return Mono.empty();
                }), 1);
    }

    @Override
    public void start() {
        if (enabled()) {
            loop = runs().subscribe();
        }
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
