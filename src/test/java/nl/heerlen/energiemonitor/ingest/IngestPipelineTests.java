package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.heerlen.energiemonitor.readings.StoreOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

/** Batches are written at once, but every message is acknowledged after its own commit and in arrival order. */
class IngestPipelineTests {

    @Test
    void aLaterBatchCommittedFirstWaitsForTheEarlierOneBeforeAnyAcknowledgement() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch secondWritten = new CountDownLatch(1);
        CountDownLatch allAcknowledged = new CountDownLatch(6);
        BatchWriter writer = new BatchWriter(null, null, null, null) {
            @Override
            Mono<StoreOutcome> write(List<ValidatedMessage> batch) {
                String first = batch.get(0).message().topic();
                // The first batch commits only after the second one has: the writes overlap.
                Mono<StoreOutcome> commit = Mono.fromRunnable(() -> events.add("commit " + first))
                        .thenReturn(StoreOutcome.NONE);
                if (first.equals("m0")) {
                    return Mono.fromCallable(() -> secondWritten.await(10, TimeUnit.SECONDS))
                            .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()).then(commit);
                }
                return commit.doOnNext(o -> secondWritten.countDown());
            }
        };
        IngestPipeline pipeline = new IngestPipeline(new PassingValidator(), writer, properties(3, 2));
        try {
            for (int i = 0; i < 6; i++) {
                String topic = "m" + i;
                assertThat(pipeline.offer(new InboundMessage(InboundMessage.MQTT, topic, new byte[0], Instant.now(),
                        System.nanoTime(), () -> {
                            events.add("ack " + topic);
                            allAcknowledged.countDown();
                        }))).isTrue();
            }
            assertThat(allAcknowledged.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pipeline.stop();
        }
        assertThat(events).startsWith("commit m3", "commit m0");
        assertThat(events.stream().filter(e -> e.startsWith("ack")).toList())
                .containsExactlyElementsOf(IntStream.range(0, 6).mapToObj(i -> "ack m" + i).toList());
        assertThat(events.indexOf("ack m0")).isGreaterThan(events.indexOf("commit m0"));
    }

    private static IngestProperties properties(int batchMessages, int writers) {
        return new IngestProperties("tcp://127.0.0.1:1883", "", "test", "", "", "energiemonitor", Duration.ofDays(1),
                1000, DataSize.ofMegabytes(64), DataSize.ofMegabytes(1), batchMessages, Duration.ofSeconds(5), writers,
                Duration.ofMinutes(10), true);
    }

    /** Every message valid, with no readings: the pipeline's ordering is what is tested here. */
    private static final class PassingValidator extends MessageValidator {
        PassingValidator() {
            super(null, null, Optional.empty());
        }

        @Override
        Mono<ValidatedMessage> validate(InboundMessage message) {
            return Mono.just(new ValidatedMessage(message, List.of(), List.of()));
        }
    }
}
