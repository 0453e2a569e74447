package nl.heerlen.energiemonitor.ingest;

import java.time.Instant;
import java.util.List;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One JSON upload over HTTP, handled like an MQTT message whose topic names the uploader's company: an installer
 * can only deliver for meters it maintains, an admin for any meter.
 */
@Component
class HttpJsonIngest {
    private final MessageValidator validator;
    private final BatchWriter writer;
    private final MeterCatalog catalog;

    HttpJsonIngest(MessageValidator validator, BatchWriter writer, MeterCatalog catalog) {
        this.validator = validator;
        this.writer = writer;
        this.catalog = catalog;
    }

    /** {@code meterParam} names the meter of a SenML pack; contract v1 JSON carries it as "meter". */
    Mono<IngestSummary> ingest(byte[] payload, String meterParam, CurrentUser user) {
        String meter = meterParam != null ? meterParam : PayloadParser.meterField(payload);
        Mono<String> installer = user.installer() != null ? Mono.just(user.installer())
                : MeterId.isValid(meter) ? catalog.find(new MeterId(meter)).map(m -> m.installerId().value()).defaultIfEmpty("admin")
                : Mono.just("admin");
        return installer.flatMap(company -> {
            InboundMessage message = new InboundMessage(InboundMessage.HTTP, TopicAddress.PREFIX + company + "/" + meter,
                    payload, Instant.now(), System.nanoTime(), () -> { });
            Mono<ValidatedMessage> validated = payload.length == 0
                    ? Mono.just(validator.refuse(message, RejectionReason.INVALID_PAYLOAD, "the body is empty"))
                    : MeterId.isValid(meter) ? validator.validate(message)
                    : Mono.just(validator.refuse(message, RejectionReason.INVALID_PAYLOAD,
                            "'meter' must name a meter ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"));
            return validated.flatMap(v -> writer.write(List.of(v)).map(outcome -> new IngestSummary(null, "done",
                    v.readings().size() + v.rejections().size(), outcome.inserted(), outcome.duplicates(),
                    outcome.conflicts(), v.rejections().size(), v.rejections().stream()
                    .limit(IngestSummary.FIRST_REJECTIONS).map(r -> IngestSummary.RejectionView.of(null, r)).toList())));
        });
    }
}
