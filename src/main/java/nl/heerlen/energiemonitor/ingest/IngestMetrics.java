package nl.heerlen.energiemonitor.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import nl.heerlen.energiemonitor.readings.StoreOutcome;
import org.springframework.stereotype.Component;

/** Counters and timings of the way in; tags are low-cardinality (source, reason), never a meter. */
@Component
class IngestMetrics {
    /** The three outcomes of a readable reading; with the rejections they add up to the readings received. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "energiemonitor.readings.accepted", "Readings stored",
            "energiemonitor.readings.duplicates", "Readings already stored with the same value; not stored again",
            "energiemonitor.readings.conflicts",
            "Readings with another value for a stored meter, channel and ts; recorded, not applied");
    private final MeterRegistry registry;
    private final Map<String, Counter> accepted = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Counter> duplicates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Counter> conflicts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<RejectionReason, Counter>> rejected = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Counter> repeated = new java.util.concurrent.ConcurrentHashMap<>();
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
            repeated(source);
            for (RejectionReason reason : RejectionReason.values()) {
                rejected(source, reason);
            }
        }
    }

    /**
     * Each reading counts once, as accepted, duplicate (the same value already stored) or conflict (a different value
     * for a stored key): the outcome counters add up to the readings received. {@link StoreOutcome} counts conflicts
     * among its duplicates; a conflict counted in both was the 100,000-payload fuzz run's excess.
     */
    void stored(String source, StoreOutcome outcome) {
        counter(accepted, "energiemonitor.readings.accepted", source).increment(outcome.inserted());
        counter(duplicates, "energiemonitor.readings.duplicates", source).increment(outcome.duplicates() - outcome.conflicts());
        counter(conflicts, "energiemonitor.readings.conflicts", source).increment(outcome.conflicts());
    }

    /** New rejections count once each (as the rows of the rejection listing); repeats of stored ones apart. */
    void rejections(RejectionStore.Outcome outcome) {
        outcome.recorded().forEach(r -> rejected(r.source(), r.reason()).increment());
        outcome.repeated().forEach(r -> repeated(r.source()).increment());
    }

    void committed(long receivedNanos, long nowNanos) {
        commitLatency.record(Duration.ofNanos(nowNanos - receivedNanos));
    }

    void batch(int readings) {
        batchReadings.record(readings);
    }

    /** The gauges and counters of the MQTT client: sessions opened (1 + reconnects) and acknowledgements sent. */
    MqttCounters mqttClient(BooleanSupplier receiving, IntSupplier queued, InFlightLimit inFlight) {
        Gauge.builder("energiemonitor.mqtt.connected", receiving, r -> r.getAsBoolean() ? 1 : 0).strongReference(true)
                .description("1 while connected to the broker and subscribed").register(registry);
        Gauge.builder("energiemonitor.ingest.queue.messages", queued, IntSupplier::getAsInt).strongReference(true)
                .description("Messages received and not yet taken up by the validator").register(registry);
        Gauge.builder("energiemonitor.ingest.inflight.messages", inFlight, InFlightLimit::messages)
                .description("MQTT messages received and not yet committed").register(registry);
        Gauge.builder("energiemonitor.ingest.inflight.bytes", inFlight, InFlightLimit::bytes).baseUnit("bytes")
                .description("Payload bytes of MQTT messages received and not yet committed").register(registry);
        return new MqttCounters(Counter.builder("energiemonitor.mqtt.connections")
                .description("Sessions opened with the broker: the first connection and every reconnect").register(registry),
                Counter.builder("energiemonitor.mqtt.acknowledged")
                        .description("Messages acknowledged to the broker, each after its commit").register(registry));
    }

    record MqttCounters(Counter connections, Counter acknowledged) {
    }

    MeterRegistry registry() {
        return registry;
    }

    private Counter counter(Map<String, Counter> cache, String name, String source) {
        return cache.computeIfAbsent(source, s -> Counter.builder(name).description(DESCRIPTIONS.get(name))
                .tag("source", s).register(registry));
    }

    private Counter repeated(String source) {
        return repeated.computeIfAbsent(source, s -> Counter.builder("energiemonitor.readings.rejected.repeats")
                .description("Deliveries of a rejection already recorded (a broker redelivery, or the same bad input "
                        + "sent again); not in the rejected count").tag("source", s).register(registry));
    }

    private Counter rejected(String source, RejectionReason reason) {
        return rejected.computeIfAbsent(source, s -> new EnumMap<>(RejectionReason.class))
                .computeIfAbsent(reason, r -> Counter.builder("energiemonitor.readings.rejected")
                        .description("Readings or messages rejected, by reason; once per input however often it is delivered")
                        .tag("source", source).tag("reason", r.tag()).register(registry));
    }
}
