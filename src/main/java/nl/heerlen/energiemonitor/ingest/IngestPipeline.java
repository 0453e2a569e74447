package nl.heerlen.energiemonitor.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Validates, batches and writes messages (several batches at once), acknowledging each only after its batch is
 * committed, in the order the messages arrived. The queue is bounded;
 * the MQTT client's InFlightLimit keeps more than fits from coming in, so a slow database slows the broker down
 * instead of filling the heap.
 */
class IngestPipeline {
    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);
    private static final int VALIDATIONS_AT_ONCE = 16;

    private final Sinks.Many<InboundMessage> inbox;
    private final Disposable subscription;
    private final ArrayBlockingQueue<InboundMessage> queue;

    IngestPipeline(MessageValidator validator, BatchWriter writer, IngestProperties properties) {
        // InFlightLimit lets at most receiveMaximum messages in until they are committed, so this never fills.
        this.queue = new ArrayBlockingQueue<>(properties.receiveMaximum());
        this.inbox = Sinks.many().unicast().onBackpressureBuffer(queue);
        this.subscription = inbox.asFlux()
                .publishOn(Schedulers.parallel(), properties.receiveMaximum())
                // Several meter lookups at once (a cache miss is a query), results still in arrival order.
                .flatMapSequential(message -> validator.validate(message)
                        .retryWhen(untilTheDatabaseIsBack("Validating a message")), VALIDATIONS_AT_ONCE)
                // Fair backpressure: a full batch waits for the writer instead of overflowing.
                .bufferTimeout(properties.batchMessages(), properties.batchMaxWait(), true)
                // Batches in separate transactions at once (the next one is written while the last one commits), but
                // acknowledged in arrival order: MQTT requires PUBACKs in the order the PUBLISHes came.
                .flatMapSequential(batch -> writeUntilCommitted(writer, batch),
                        properties.batchWriters(), 1)
                .subscribe(batch -> batch.forEach(m -> m.message().acknowledge().run()),
                        e -> log.error("Ingest pipeline stopped", e));
    }

    /** False when the bounded queue is full or the pipeline stopped; the caller must then not acknowledge. */
    synchronized boolean offer(InboundMessage message) { // serialized: an old and a new connection may deliver at once
        return inbox.tryEmitNext(message).isSuccess();
    }

    int queued() {
        return queue.size();
    }

    void stop() {
        inbox.tryEmitComplete();
        subscription.dispose();
    }

    private static Flux<List<ValidatedMessage>> writeUntilCommitted(BatchWriter writer, List<ValidatedMessage> batch) {
        // Unacknowledged messages stay with the broker, so waiting out a database outage loses nothing.
        return writer.write(batch)
                .retryWhen(untilTheDatabaseIsBack("Storing a batch of " + batch.size() + " messages"))
                .thenReturn(batch)
                .flux();
    }

    private static Retry untilTheDatabaseIsBack(String what) {
        return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(10))
                .doBeforeRetry(s -> log.warn("{} failed, retrying: {}", what, s.failure().toString()));
    }
}
