package nl.heerlen.energiemonitor.accounting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
 * interrupted run leaves its claims for the next one and the rollups converge. When a claim fails, its ranges are
 * tried one by one, so that one range the recomputation cannot take (a bug, an absurd stored value) does not hold
 * back the others; that range waits for its retry and is set aside after {@code max-attempts} failures.
 */
@Component
class AccountingWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AccountingWorker.class);

    private final DirtyQueue queue;
    private final FailedRanges failures;
    private final BatchRecomputer recomputer;
    private final TransactionalOperator transaction;
    private final AccountingProperties properties;
    private final Counter recomputed;
    private final AtomicReference<Double> lagSeconds = new AtomicReference<>(0.0);
    private final AtomicLong failed = new AtomicLong();
    private volatile Disposable loop;

    AccountingWorker(DirtyQueue queue, FailedRanges failures, BatchRecomputer recomputer,
                     TransactionalOperator transaction, AccountingProperties properties, MeterRegistry registry) {
        this.queue = queue;
        this.failures = failures;
        this.recomputer = recomputer;
        this.transaction = transaction;
        this.properties = properties;
        this.recomputed = Counter.builder("energiemonitor.accounting.ranges.recomputed")
                .description("Changed ranges of a meter channel whose rollups were recomputed").register(registry);
        Gauge.builder("energiemonitor.accounting.lag", lagSeconds, AtomicReference::get).baseUnit("seconds")
                .description("Age of the oldest change not yet in the rollups").register(registry);
        Gauge.builder("energiemonitor.accounting.ranges.failed", failed, AtomicLong::get)
                .description("Changed ranges set aside after repeated failures; they wait for an operator's retry")
                .register(registry);
    }

    /**
     * Processes claims until none is left, in several transactions at once (SKIP LOCKED gives each its own ranges);
     * emits the number of queued rows taken.
     */
    Mono<Long> drain() {
        return Flux.range(0, properties.concurrency())
                .flatMap(i -> claimOnce().expand(n -> n > 0 ? claimOnce() : Mono.empty()))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> claimOnce() {
        AtomicReference<List<ClaimedRange>> claimed = new AtomicReference<>(List.of());
        return recompute(queue.claim(properties.claimBatch(), properties.settle(), properties.claimRows())
                        .doOnNext(claimed::set))
                // the claim rolled back, so its rows are queued again: each range in a transaction of its own
                .onErrorResume(e -> TransientFailure.is(e) ? retryLater(claimed.get(), e)
                        : claimed.get().size() > 1 ? oneByOne(claimed.get())
                        : claimed.get().size() == 1 ? failed(claimed.get().get(0), e) : Mono.error(e));
    }

    private Mono<Long> oneByOne(List<ClaimedRange> claimed) {
        return Flux.fromIterable(claimed)
                .concatMap(range -> recompute(queue.claim(range.ids())).onErrorResume(e -> failed(range, e)))
                .then(Mono.just((long) ClaimedRange.rows(claimed)));
    }

    /** Claims, recomputes what was claimed and commits, in one transaction; emits the number of queued rows taken. */
    private Mono<Long> recompute(Mono<List<ClaimedRange>> claim) {
        return claim.flatMap(ranges -> recomputer.recompute(ClaimedRange.ranges(ranges)).thenReturn(ranges))
                .as(transaction::transactional)
                .doOnNext(ranges -> recomputed.increment(ranges.size()))
                .map(ranges -> (long) ClaimedRange.rows(ranges));
    }

    /** Leaves rolled-back ranges queued without counting an attempt; this drain slot stops until the next poll. */
    private Mono<Long> retryLater(List<ClaimedRange> claimed, Throwable error) {
        log.warn("Recomputing {} changed ranges failed for a passing reason; they stay queued: {}", claimed.size(),
                error.toString());
        return Mono.just(0L);
    }

    /**
     * Records the failure in a transaction of its own, unless it is {@linkplain TransientFailure transient}; an error
     * here (the database gone) ends this drain.
     */
    private Mono<Long> failed(ClaimedRange range, Throwable error) {
        if (TransientFailure.is(error)) {
            return retryLater(List.of(range), error);
        }
        return failures.failed(range.ids(), error).map(recorded -> {
            DirtyRange r = range.range();
            if (recorded.setAside()) {
                log.error("Recomputing {} {} from {} to {} failed {} times; set aside until an operator retries it: {}",
                        r.meterId(), r.channel(), r.from(), r.to(), recorded.attempts(), error.toString());
            } else {
                log.warn("Recomputing {} {} from {} to {} failed (attempt {} of {}); will retry: {}", r.meterId(),
                        r.channel(), r.from(), r.to(), recorded.attempts(), properties.maxAttempts(), error.toString());
            }
            return (long) range.ids().size();
        });
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        loop = Flux.interval(properties.pollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> drain().then(queue.lagSeconds()).doOnNext(lagSeconds::set)
                        .then(failures.count()).doOnNext(failed::set)
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
