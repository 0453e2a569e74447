package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads the inputs of a recomputation and replaces the rollups of a range. */
@Repository
class RollupRows {
    private static final String WINDOW = """
            select (select max(ts) from reading where meter_id = :m and channel = :c and ts < :from) as before_from,
                   (select min(ts) from reading where meter_id = :m and channel = :c and ts > :to) as after_to
            """;
    // Every reading whose interval can overlap [from, to): from the last one at or before `from` to the first one at
    // or after `to` (all of a side when there is none).
    private static final String READINGS = """
            select ts, value from reading
            where meter_id = :m and channel = :c
              and ts >= coalesce((select max(ts) from reading where meter_id = :m and channel = :c and ts <= :from), :from)
              and ts <= coalesce((select min(ts) from reading where meter_id = :m and channel = :c and ts >= :to), :to)
            order by ts
            """;
    private static final String EXCHANGES = """
            select exchanged_at, final_reading_old, start_reading_new from meter_exchange
            where meter_id = :m and channel = :c order by exchanged_at
            """;
    private static final String RULE = """
            select reset_tolerance, max_rate_per_hour, register_max from meter_channel_rule
            where meter_id = :m and channel = :c
            """;

    private final DatabaseClient db;

    RollupRows(DatabaseClient db) {
        this.db = db;
    }

    /** The nearest readings strictly before {@code from} and strictly after {@code to}; each may be absent. */
    Mono<Instant[]> neighbours(String meter, String channel, Instant from, Instant to) {
        return db.sql(WINDOW).bind("m", meter).bind("c", channel).bind("from", utc(from)).bind("to", utc(to))
                .map(row -> new Instant[] {instant(row.get("before_from", OffsetDateTime.class)),
                        instant(row.get("after_to", OffsetDateTime.class))})
                .one();
    }

    /** The readings needed to recompute the quarter hours of [from, to). */
    Mono<List<RegisterReading>> readingsAround(String meter, String channel, Instant from, Instant to) {
        return db.sql(READINGS).bind("m", meter).bind("c", channel).bind("from", utc(from)).bind("to", utc(to))
                .map(row -> new RegisterReading(row.get("ts", OffsetDateTime.class).toInstant(),
                        row.get("value", Double.class)))
                .all().collectList();
    }

    Mono<List<MeterExchange>> exchanges(String meter, String channel) {
        return db.sql(EXCHANGES).bind("m", meter).bind("c", channel)
                .map(row -> new MeterExchange(row.get("exchanged_at", OffsetDateTime.class).toInstant(),
                        row.get("final_reading_old", Double.class), row.get("start_reading_new", Double.class)))
                .all().collectList();
    }

    /** Overrides of the rules for this channel: tolerance, max rate per hour, register max (each may be null). */
    Mono<Double[]> ruleOverrides(String meter, String channel) {
        return db.sql(RULE).bind("m", meter).bind("c", channel)
                .map(row -> new Double[] {row.get("reset_tolerance", Double.class),
                        row.get("max_rate_per_hour", Double.class), row.get("register_max", Double.class)})
                .one().defaultIfEmpty(new Double[3]);
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
