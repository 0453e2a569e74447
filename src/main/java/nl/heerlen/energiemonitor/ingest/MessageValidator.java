package nl.heerlen.energiemonitor.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.heerlen.energiemonitor.readings.Reading;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Turns an inbound message into readings to store and rejections to record; nothing is dropped. */
@Component
class MessageValidator {
    static final int MAX_RAW_CHARS = 64 * 1024;

    private final MeterCatalog catalog;
    private final IngestProperties properties;
    private final Clock clock;

    MessageValidator(MeterCatalog catalog, IngestProperties properties, Optional<Clock> clock) {
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Mono<ValidatedMessage> validate(InboundMessage message) {
        long size = message.payload().length;
        if (size > properties.maxPayloadSize().toBytes()) {
            return Mono.just(whole(message, null, RejectionReason.PAYLOAD_TOO_LARGE,
                    size + " bytes; the limit is " + properties.maxPayloadSize().toBytes()));
        }
        Optional<TopicAddress> address = TopicAddress.parse(message.topic());
        if (address.isEmpty()) {
            return Mono.just(whole(message, null, RejectionReason.INVALID_TOPIC,
                    "topic must be energie/v1/{installerId}/{meterId}"));
        }
        PayloadParser.Parsed parsed = PayloadParser.parse(message.payload());
        if (!parsed.ok()) {
            return Mono.just(whole(message, address.get(), parsed.problem(), parsed.detail()));
        }
        TopicAddress topic = address.get();
        return catalog.find(topic.meter())
                .map(meter -> checkAll(message, topic, meter, parsed.readings()))
                // Built only for an unknown meter: a refusal hashes the payload for its key (RejectionKey).
                .switchIfEmpty(Mono.fromSupplier(() -> eachRefused(message, topic, parsed.readings(),
                        RejectionReason.UNKNOWN_METER, "meter " + topic.meter() + " is not registered")));
    }

    private ValidatedMessage checkAll(InboundMessage message, TopicAddress topic, Meter meter, List<ReadingFields> all) {
        if (!meter.maintainedBy(topic.installer())) {
            return eachRefused(message, topic, all, RejectionReason.INSTALLER_MISMATCH,
                    "meter " + meter.id() + " is not maintained by installer " + topic.installer());
        }
        Instant latest = clock.instant().plus(properties.maxClockSkew());
        List<Reading> readings = new ArrayList<>(all.size());
        List<Rejection> rejections = new ArrayList<>(0);
        RejectionKey keys = RejectionKey.forMessage(message);
        for (int i = 0; i < all.size(); i++) {
            ReadingCheck.Result result = ReadingCheck.check(meter, all.get(i), latest);
            if (result.reading() != null) {
                readings.add(result.reading());
            } else {
                rejections.add(rejection(message, topic, keys.of(i, result.reason()), result.reason(), result.detail(),
                        all.get(i).raw()));
            }
        }
        return new ValidatedMessage(message, readings, rejections);
    }

    private ValidatedMessage eachRefused(InboundMessage message, TopicAddress topic, List<ReadingFields> all,
                                         RejectionReason reason, String detail) {
        RejectionKey keys = RejectionKey.forMessage(message);
        List<Rejection> rejections = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            rejections.add(rejection(message, topic, keys.of(i, reason), reason, detail, all.get(i).raw()));
        }
        return new ValidatedMessage(message, List.of(), rejections);
    }

    /** The whole message refused before its readings could be read. */
    ValidatedMessage refuse(InboundMessage message, RejectionReason reason, String detail) {
        return whole(message, TopicAddress.parse(message.topic()).orElse(null), reason, detail);
    }

    private ValidatedMessage whole(InboundMessage message, TopicAddress topic, RejectionReason reason, String detail) {
        String raw = new String(message.payload(), 0, (int) Math.min(message.payload().length, MAX_RAW_CHARS),
                StandardCharsets.UTF_8);
        return new ValidatedMessage(message, List.of(), List.of(rejection(message, topic,
                RejectionKey.forMessage(message).of(0, reason), reason, detail, raw)));
    }

    private static Rejection rejection(InboundMessage message, TopicAddress topic, java.util.UUID key,
                                       RejectionReason reason, String detail, String raw) {
        return new Rejection(message.source(), message.topic(),
                topic == null ? null : topic.installer().value(), topic == null ? null : topic.meter().value(),
                reason, detail, raw, null, null, key);
    }
}
