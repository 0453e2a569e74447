package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Replaces the stored rollups of one channel within a range, inside the caller's transaction. */
@Repository
class RollupWriter {
    private static final String DELETE_QUARTERS = """
            delete from energy_quarter_hour where meter_id = :m and channel = :c
              and bucket_start >= :from and bucket_start < :to
            """;
    private static final String INSERT_QUARTERS = """
            insert into energy_quarter_hour (meter_id, channel, bucket_start, energy, measured_seconds,
                                             estimated_seconds, implausible_energy)
            select :m, :c, * from unnest(:starts::timestamptz[], :energy::float8[], :measured::float8[],
                                         :estimated::float8[], :implausible::float8[])
            """;
    private static final String DELETE_IMPLAUSIBLE = """
            delete from implausible_interval where meter_id = :m and channel = :c and end_ts > :from and start_ts < :to
            """;
    private static final String INSERT_IMPLAUSIBLE = """
            insert into implausible_interval (meter_id, channel, start_ts, end_ts, energy)
            select :m, :c, * from unnest(:starts::timestamptz[], :ends::timestamptz[], :energy::float8[])
            on conflict do nothing
            """;
    // Days are Amsterdam calendar days; the quarter hours of [from, to) were just replaced.
    private static final String REPLACE_DAYS = """
            insert into energy_day (meter_id, channel, day, day_start, energy, measured_seconds, estimated_seconds,
                                    implausible_energy)
            select meter_id, channel, (bucket_start at time zone 'Europe/Amsterdam')::date,
                   ((bucket_start at time zone 'Europe/Amsterdam')::date)::timestamp at time zone 'Europe/Amsterdam',
                   sum(energy), sum(measured_seconds), sum(estimated_seconds), sum(implausible_energy)
            from energy_quarter_hour
            where meter_id = :m and channel = :c and bucket_start >= :from and bucket_start < :to
            group by meter_id, channel, (bucket_start at time zone 'Europe/Amsterdam')::date
            """;
    private static final String DELETE_DAYS = """
            delete from energy_day where meter_id = :m and channel = :c and day_start >= :from and day_start < :to
            """;
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

    Mono<Void> replaceQuarterHours(String meter, String channel, Instant from, Instant to, List<QuarterHour> rows) {
        int n = rows.size();
        OffsetDateTime[] starts = new OffsetDateTime[n];
        Double[][] values = new Double[4][n];
        for (int i = 0; i < n; i++) {
            QuarterHour q = rows.get(i);
            starts[i] = utc(q.start());
            values[0][i] = q.energy();
            values[1][i] = q.measuredSeconds();
            values[2][i] = q.estimatedSeconds();
            values[3][i] = q.implausibleEnergy();
        }
        Mono<Long> delete = inRange(DELETE_QUARTERS, meter, channel, from, to);
        Mono<Long> insert = n == 0 ? Mono.just(0L) : db.sql(INSERT_QUARTERS).bind("m", meter).bind("c", channel)
                .bind("starts", starts).bind("energy", values[0]).bind("measured", values[1])
                .bind("estimated", values[2]).bind("implausible", values[3]).fetch().rowsUpdated();
        return delete.then(insert).then();
    }

    Mono<Void> replaceImplausible(String meter, String channel, Instant from, Instant to, List<EnergyInterval> intervals) {
        List<EnergyInterval> bad = intervals.stream().filter(i -> i.quality() == IntervalQuality.IMPLAUSIBLE)
                .filter(i -> i.end().isAfter(from) && i.start().isBefore(to)).toList();
        Mono<Long> delete = inRange(DELETE_IMPLAUSIBLE, meter, channel, from, to);
        if (bad.isEmpty()) {
            return delete.then();
        }
        return delete.then(db.sql(INSERT_IMPLAUSIBLE).bind("m", meter).bind("c", channel)
                .bind("starts", bad.stream().map(i -> utc(i.start())).toArray(OffsetDateTime[]::new))
                .bind("ends", bad.stream().map(i -> utc(i.end())).toArray(OffsetDateTime[]::new))
                .bind("energy", bad.stream().map(EnergyInterval::energy).toArray(Double[]::new))
                .fetch().rowsUpdated()).then();
    }

    /** {@code from}/{@code to} must be Amsterdam day starts covering the replaced quarter hours. */
    Mono<Void> replaceDays(String meter, String channel, Instant dayFrom, Instant dayTo) {
        return inRange(DELETE_DAYS, meter, channel, dayFrom, dayTo)
                .then(inRange(REPLACE_DAYS, meter, channel, dayFrom, dayTo)).then();
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
