package nl.heerlen.energiemonitor.ingest;

import java.util.List;
import nl.heerlen.energiemonitor.readings.Reading;
import nl.heerlen.energiemonitor.readings.ReadingStore;
import nl.heerlen.energiemonitor.readings.StoreOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Writes the readings and rejections of a batch of messages in one transaction, then counts them. */
@Component
class BatchWriter {
    private final ReadingStore readings;
    private final RejectionStore rejections;
    private final TransactionalOperator transaction;
    private final IngestMetrics metrics;

    BatchWriter(ReadingStore readings, RejectionStore rejections, TransactionalOperator transaction, IngestMetrics metrics) {
        this.readings = readings;
        this.rejections = rejections;
        this.transaction = transaction;
        this.metrics = metrics;
    }

    /** Completes after the commit; emits what happened to the readings. */
    Mono<StoreOutcome> write(List<ValidatedMessage> batch) {
        List<Reading> good = batch.stream().flatMap(m -> m.readings().stream()).toList();
        List<Rejection> bad = batch.stream().flatMap(m -> m.rejections().stream()).toList();
        return readings.store(good)
                .flatMap(outcome -> rejections.store(bad).map(rejected -> new Outcomes(outcome, rejected)))
                .as(transaction::transactional)
                .doOnNext(outcomes -> count(batch, good.size(), outcomes))
                .map(Outcomes::readings);
    }

    private record Outcomes(StoreOutcome readings, RejectionStore.Outcome rejections) {
    }

    private void count(List<ValidatedMessage> batch, int readingCount, Outcomes outcomes) {
        String source = batch.get(0).message().source();
        metrics.stored(source, outcomes.readings());
        metrics.rejections(outcomes.rejections());
        metrics.batch(readingCount);
        long now = System.nanoTime();
        batch.forEach(m -> metrics.committed(m.message().receivedNanos(), now));
    }
}
