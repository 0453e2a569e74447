package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Replaces the quarter-hour statistics of an instantaneous channel within a range. */
@Repository
class RollupWriter {
    private static final String REPLACE_MEASUREMENTS = """
            insert into measurement_quarter_hour (meter_id, channel, bucket_start, avg_value, min_value, max_value, samples)
            select meter_id, channel, date_bin('15 minutes', ts, timestamptz '2000-01-01 00:00:00+00'),
                   avg(value), min(value), max(value), count(*)
            from reading where meter_id = :m and channel = :c and ts >= :from and ts < :to
            group by 1, 2, 3
            """;
    private static final String DELETE_MEASUREMENTS = """
            delete from measurement_quarter_hour where meter_id = :m and channel = :c
              and bucket_start >= :from and bucket_start < :to
            """;

    private final DatabaseClient db;

    RollupWriter(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> replaceMeasurements(String meter, String channel, Instant from, Instant to) {
        return inRange(DELETE_MEASUREMENTS, meter, channel, from, to)
                .then(inRange(REPLACE_MEASUREMENTS, meter, channel, from, to)).then();
    }

    private Mono<Long> inRange(String sql, String meter, String channel, Instant from, Instant to) {
        return db.sql(sql).bind("m", meter).bind("c", channel).bind("from", utc(from)).bind("to", utc(to))
                .fetch().rowsUpdated();
    }
}
