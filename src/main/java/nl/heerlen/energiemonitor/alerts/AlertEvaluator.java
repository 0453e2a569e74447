package nl.heerlen.energiemonitor.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs every detector for one instant and publishes the result to the store and the gauges. */
@Service
class AlertEvaluator {
    private final OfflineDetector offline;
    private final UnderperformanceDetector underperformance;
    private final DeltaTDetector deltaT;
    private final IngestHealth ingest;
    private final AlertStore store;
    private final AlertMetrics metrics;

    AlertEvaluator(OfflineDetector offline, UnderperformanceDetector underperformance, DeltaTDetector deltaT,
                   IngestHealth ingest, AlertStore store, AlertMetrics metrics) {
        this.offline = offline;
        this.underperformance = underperformance;
        this.deltaT = deltaT;
        this.ingest = ingest;
        this.store = store;
        this.metrics = metrics;
    }

    /** The alerts active at {@code now}, in a stable order; nothing is stored. */
    Mono<List<Alert>> evaluate(Instant now) {
        return Flux.concat(offline.detect(now), underperformance.detect(now), deltaT.detect(now),
                        Mono.fromCallable(() -> ingest.judge(now)))
                .collect(ArrayList<Alert>::new, List::addAll)
                .map(all -> all.stream().sorted(AlertStore.ORDER).toList());
    }

    /** Evaluates, replaces the stored alerts and updates the gauges. */
    Mono<List<Alert>> evaluateAndPublish(Instant now) {
        return evaluate(now)
                .flatMap(alerts -> store.replace(alerts, now).thenReturn(alerts))
                .doOnNext(metrics::publish)
                .doOnError(e -> metrics.failed());
    }
}
