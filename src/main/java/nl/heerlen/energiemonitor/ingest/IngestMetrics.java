package nl.heerlen.energiemonitor.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import nl.heerlen.energiemonitor.readings.StoreOutcome;
import org.springframework.stereotype.Component;

/** Counters and timings of the way in; tags are low-cardinality (source, reason), never a meter. */
@Component
class IngestMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> accepted = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Counter> duplicates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Counter> conflicts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<RejectionReason, Counter>> rejected = new java.util.concurrent.ConcurrentHashMap<>();
    private final Timer commitLatency;
    private final DistributionSummary batchReadings;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.commitLatency = Timer.builder("energiemonitor.ingest.commit.latency")
                .description("Time from a message's arrival to the commit of its readings")
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
        this.batchReadings = DistributionSummary.builder("energiemonitor.ingest.batch.readings")
                .description("Readings per database batch").baseUnit("readings").register(registry);
        for (String source : new String[] {InboundMessage.MQTT, InboundMessage.HTTP}) {
            counter(accepted, "energiemonitor.readings.accepted", source);
            counter(duplicates, "energiemonitor.readings.duplicates", source);
            counter(conflicts, "energiemonitor.readings.conflicts", source);
            for (RejectionReason reason : RejectionReason.values()) {
                rejected(source, reason);
            }
        }
    }

    void stored(String source, StoreOutcome outcome) {
        counter(accepted, "energiemonitor.readings.accepted", source).increment(outcome.inserted());
        counter(duplicates, "energiemonitor.readings.duplicates", source).increment(outcome.duplicates());
        counter(conflicts, "energiemonitor.readings.conflicts", source).increment(outcome.conflicts());
    }

    void rejected(Rejection rejection) {
        rejected(rejection.source(), rejection.reason()).increment();
    }

    void committed(long receivedNanos, long nowNanos) {
        commitLatency.record(Duration.ofNanos(nowNanos - receivedNanos));
    }

    void batch(int readings) {
        batchReadings.record(readings);
    }

    MeterRegistry registry() {
        return registry;
    }

    private Counter counter(Map<String, Counter> cache, String name, String source) {
        return cache.computeIfAbsent(source, s -> Counter.builder(name).tag("source", s).register(registry));
    }

    private Counter rejected(String source, RejectionReason reason) {
        return rejected.computeIfAbsent(source, s -> new EnumMap<>(RejectionReason.class))
                .computeIfAbsent(reason, r -> Counter.builder("energiemonitor.readings.rejected")
                        .description("Readings or messages rejected, by reason")
                        .tag("source", source).tag("reason", r.tag()).register(registry));
    }
}
