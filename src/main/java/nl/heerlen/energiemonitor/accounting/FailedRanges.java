package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Queued ranges whose recomputation failed. A failure is recorded on the range's own rows in a transaction of its
 * own (the failed one rolled back): the attempt count, the error and when to try again; after
 * {@code max-attempts} failures in a row the rows are set aside, kept with their error until an operator retries them.
 */
@Repository
class FailedRanges {
    static final int MAX_ERROR_CHARS = 2_000;

    private static final String FAILED = """
            update accounting_dirty set attempts = attempts + 1, last_error = :error, last_failed_at = now(),
                retry_at = now() + :backoffSeconds * interval '1 second' * power(2, least(attempts, 16)),
                set_aside_at = case when attempts + 1 >= :maxAttempts then now() end
            where id = any(:ids) and set_aside_at is null
            returning set_aside_at is not null as set_aside, attempts
            """;

    private static final String RETRY = """
            update accounting_dirty set attempts = 0, retry_at = null, set_aside_at = null
            where set_aside_at is not null and (meter_id = :meter or :meter = '') and (channel = :channel or :channel = '')
            """;

    /** A set-aside range as the admin endpoint lists it. */
    record FailedRange(long id, String meterId, String channel, Instant from, Instant to, int attempts,
                       String lastError, Instant lastFailedAt, Instant setAsideAt, Instant queuedAt) {
    }

    /** What one recorded failure did: the highest attempt count among the rows, and whether they were set aside. */
    record Recorded(int attempts, boolean setAside) {
        static final Recorded NONE = new Recorded(0, false);
    }

    private final DatabaseClient db;
    private final AccountingProperties properties;

    FailedRanges(DatabaseClient db, AccountingProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    Mono<Recorded> failed(List<Long> ids, Throwable error) {
        String text = String.valueOf(error);
        return db.sql(FAILED).bind("ids", ids.toArray(Long[]::new))
                .bind("error", text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS) : text)
                .bind("backoffSeconds", properties.retryBackoff().toMillis() / 1000.0)
                .bind("maxAttempts", properties.maxAttempts())
                .map(row -> new Recorded(row.get("attempts", Integer.class), Boolean.TRUE.equals(row.get("set_aside", Boolean.class))))
                .all()
                .reduce(Recorded.NONE, (a, b) -> new Recorded(Math.max(a.attempts(), b.attempts()), a.setAside() || b.setAside()));
    }

    Mono<Long> count() {
        return db.sql("select count(*) as n from accounting_dirty where set_aside_at is not null")
                .map(row -> row.get("n", Long.class)).one();
    }

    Flux<FailedRange> list() {
        return db.sql("""
                        select id, meter_id, channel, from_ts, to_ts, attempts, last_error, last_failed_at, set_aside_at,
                               created_at
                        from accounting_dirty where set_aside_at is not null order by id""")
                .map(row -> new FailedRange(row.get("id", Long.class), row.get("meter_id", String.class),
                        row.get("channel", String.class), instant(row.get("from_ts", OffsetDateTime.class)),
                        instant(row.get("to_ts", OffsetDateTime.class)), row.get("attempts", Integer.class),
                        row.get("last_error", String.class), instant(row.get("last_failed_at", OffsetDateTime.class)),
                        instant(row.get("set_aside_at", OffsetDateTime.class)), instant(row.get("created_at", OffsetDateTime.class))))
                .all();
    }

    /** Queues set-aside ranges again (of one meter, or one channel of it, when given); returns how many. */
    Mono<Long> retry(String meterId, String channel) {
        return db.sql(RETRY).bind("meter", meterId == null ? "" : meterId).bind("channel", channel == null ? "" : channel)
                .fetch().rowsUpdated();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
