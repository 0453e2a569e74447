package nl.heerlen.energiemonitor.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The active alerts in the database, where the API and Grafana read them. An evaluation replaces the set in one
 * transaction; an alert that stays active keeps its first {@code since}.
 */
@Repository
class AlertStore {
    static final Comparator<Alert> ORDER = Comparator.comparing(Alert::type).thenComparing(Alert::subject);

    private static final String UPSERT = """
            insert into alert_state (type, subject, meter_id, site_id, message, value, threshold, since, evaluated_at)
            values (:type, :subject, :meter, :site, :message, :value, :threshold, :since, :now)
            on conflict (type, subject) do update set meter_id = excluded.meter_id, site_id = excluded.site_id,
                message = excluded.message, value = excluded.value, threshold = excluded.threshold,
                evaluated_at = excluded.evaluated_at
            """;

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    AlertStore(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    Mono<Void> replace(List<Alert> alerts, Instant now) {
        OffsetDateTime at = utc(now);
        // Everything not confirmed by this evaluation has cleared.
        return Flux.fromIterable(alerts).concatMap(a -> upsert(a, at))
                .then(db.sql("delete from alert_state where evaluated_at <> :now").bind("now", at).then())
                .as(transaction::transactional);
    }

    Flux<StoredAlert> active() {
        return db.sql("select * from alert_state order by type, subject")
                .map(row -> new StoredAlert(row.get("type", String.class), row.get("subject", String.class),
                        row.get("meter_id", String.class), row.get("site_id", String.class),
                        row.get("message", String.class), row.get("value", Double.class),
                        row.get("threshold", Double.class), row.get("since", OffsetDateTime.class),
                        row.get("evaluated_at", OffsetDateTime.class)))
                .all();
    }

    private Mono<Long> upsert(Alert alert, OffsetDateTime now) {
        var spec = db.sql(UPSERT).bind("type", alert.type().tag()).bind("subject", alert.subject())
                .bind("message", alert.message()).bind("value", alert.value()).bind("threshold", alert.threshold())
                .bind("since", utc(alert.since())).bind("now", now);
        spec = alert.meterId() == null ? spec.bindNull("meter", String.class) : spec.bind("meter", alert.meterId());
        spec = alert.siteId() == null ? spec.bindNull("site", String.class) : spec.bind("site", alert.siteId());
        return spec.fetch().rowsUpdated();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** An alert as stored, with when it was last confirmed. */
    record StoredAlert(String type, String subject, String meterId, String siteId, String message, Double value,
                       Double threshold, OffsetDateTime since, OffsetDateTime evaluatedAt) {
    }
}
