package nl.heerlen.energiemonitor.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Re-submits rejected readings that were refused one by one (the message itself was readable). Each is validated as
 * if it arrived now; the old rejection is marked resubmitted, and a reading still wrong is rejected anew.
 */
@Component
class RejectionResubmission {
    static final int MAX_PER_CALL = 10_000;
    private static final String PENDING = """
            select id, topic, raw_payload, source from rejected_reading
            where installer_id = :installer and resubmitted_at is null and topic is not null and raw_payload is not null
              and reason not in ('payload_too_large', 'malformed_json', 'invalid_payload', 'invalid_topic')
            order by id limit :limit
            """;

    private final DatabaseClient db;
    private final MessageValidator validator;
    private final BatchWriter writer;
    private final TransactionalOperator transaction;

    RejectionResubmission(DatabaseClient db, MessageValidator validator, BatchWriter writer, TransactionalOperator transaction) {
        this.db = db;
        this.validator = validator;
        this.writer = writer;
        this.transaction = transaction;
    }

    Mono<IngestSummary> resubmit(String installer) {
        return db.sql(PENDING).bind("installer", installer).bind("limit", MAX_PER_CALL)
                .map(row -> new Object[] {row.get("id", Long.class), message(row.get("topic", String.class),
                        row.get("raw_payload", String.class), row.get("source", String.class))})
                .all()
                .concatMap(r -> validator.validate((InboundMessage) r[1]).map(v -> new Object[] {r[0], v}))
                .buffer(500)
                .concatMap(batch -> {
                    List<ValidatedMessage> messages = batch.stream().map(r -> (ValidatedMessage) r[1]).toList();
                    Long[] ids = batch.stream().map(r -> (Long) r[0]).toArray(Long[]::new);
                    long rejected = messages.stream().mapToLong(m -> m.rejections().size()).sum();
                    return db.sql("update rejected_reading set resubmitted_at = now() where id = any(:ids)").bind("ids", ids)
                            .fetch().rowsUpdated().then(writer.write(messages)).as(transaction::transactional)
                            .map(outcome -> new long[] {ids.length, outcome.inserted(), outcome.duplicates(), outcome.conflicts(), rejected});
                })
                .reduce(new long[5], RejectionResubmission::add)
                .map(t -> new IngestSummary(null, "done", t[0], t[1], t[2], t[3], t[4], List.of()));
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[5];
        for (int i = 0; i < 5; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static InboundMessage message(String topic, String rawReading, String source) {
        byte[] payload = ("{\"readings\":[" + rawReading + "]}").getBytes(StandardCharsets.UTF_8);
        return new InboundMessage(source, topic, payload, Instant.now(), System.nanoTime(), () -> { });
    }

}
