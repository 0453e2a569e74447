package nl.heerlen.energiemonitor.accounting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the rollups current: claims changed ranges and recomputes them, one transaction per claim, so that an
 * interrupted run leaves its claims for the next one and the rollups converge.
 */
@Component
class AccountingWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AccountingWorker.class);

    private final DirtyQueue queue;
    private final BatchRecomputer recomputer;
    private final TransactionalOperator transaction;
    private final AccountingProperties properties;
    private final Counter recomputed;
    private final AtomicReference<Double> lagSeconds = new AtomicReference<>(0.0);
    private volatile Disposable loop;

    AccountingWorker(DirtyQueue queue, BatchRecomputer recomputer, TransactionalOperator transaction,
                     AccountingProperties properties, MeterRegistry registry) {
        this.queue = queue;
        this.recomputer = recomputer;
        this.transaction = transaction;
        this.properties = properties;
        this.recomputed = Counter.builder("energiemonitor.accounting.ranges.recomputed")
                .description("Changed ranges of a meter channel whose rollups were recomputed").register(registry);
        Gauge.builder("energiemonitor.accounting.lag", lagSeconds, AtomicReference::get).baseUnit("seconds")
                .description("Age of the oldest change not yet in the rollups").register(registry);
    }

    /**
     * Processes claims until none is left, in several transactions at once (SKIP LOCKED gives each its own ranges);
     * emits the number of ranges recomputed.
     */
    Mono<Long> drain() {
        return Flux.range(0, properties.concurrency())
                .flatMap(i -> claimOnce().expand(n -> n > 0 ? claimOnce() : Mono.empty()))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> claimOnce() {
        return queue.claim(properties.claimBatch())
                .flatMap(ranges -> recomputer.recompute(ranges).then(Mono.just((long) ranges.size())))
                .as(transaction::transactional)
                .doOnNext(recomputed::increment);
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        loop = Flux.interval(properties.pollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> drain().then(queue.lagSeconds()).doOnNext(lagSeconds::set)
                        .onErrorResume(e -> {
                            log.warn("Recomputing rollups failed; will retry: {}", e.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        if (loop != null) {
            loop.dispose();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }

}
