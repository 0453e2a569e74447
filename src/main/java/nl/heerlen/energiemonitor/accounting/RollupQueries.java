package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import java.time.OffsetDateTime;
import java.util.List;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Reads stored rollups as rows for {@link BucketAggregator}: quarter hours for fine resolutions, whole days for days,
 * months and years (so a year is 365 rows per meter, not 35,040).
 */
@Repository
class RollupQueries {
    private static final String QUARTERS = """
            select bucket_start as start, sum(energy) as energy, sum(measured_seconds) as measured,
                   sum(estimated_seconds) as estimated, sum(implausible_energy) as implausible
            from energy_quarter_hour where meter_id = any(:meters) and channel = :c
              and bucket_start >= :from and bucket_start < :to
            group by bucket_start order by bucket_start
            """;
    private static final String DAYS = """
            select day_start as start, sum(energy) as energy, sum(measured_seconds) as measured,
                   sum(estimated_seconds) as estimated, sum(implausible_energy) as implausible
            from energy_day where meter_id = any(:meters) and channel = :c and day_start >= :from and day_start < :to
            group by day_start order by day_start
            """;

    private final DatabaseClient db;

    RollupQueries(DatabaseClient db) {
        this.db = db;
    }

    /** Rows summed over the given meters; a group's measured and estimated seconds are averaged per meter. */
    Mono<List<StoredRollup>> rows(String[] meters, String channel, TimeRange range, Resolution resolution) {
        boolean days = resolution.compareTo(Resolution.DAY) >= 0;
        String sql = days ? DAYS : QUARTERS;
        double perMeter = meters.length;
        return db.sql(sql).bind("meters", meters).bind("c", channel)
                .bind("from", utc(range.from())).bind("to", utc(range.to()))
                .map(row -> rollup(days, row.get("start", OffsetDateTime.class).toInstant(),
                        row.get("energy", Double.class), row.get("measured", Double.class) / perMeter,
                        row.get("estimated", Double.class) / perMeter, row.get("implausible", Double.class)))
                .all().collectList();
    }

    /** The meters among these with a stored row in the range: the ones a group's total is made of. */
    Mono<java.util.Set<String>> contributors(String[] meters, String channel, TimeRange range, Resolution resolution) {
        boolean days = resolution.compareTo(Resolution.DAY) >= 0;
        String sql = days
                ? "select distinct meter_id from energy_day where meter_id = any(:meters) and channel = :c and day_start >= :from and day_start < :to"
                : "select distinct meter_id from energy_quarter_hour where meter_id = any(:meters) and channel = :c and bucket_start >= :from and bucket_start < :to";
        return db.sql(sql).bind("meters", meters).bind("c", channel).bind("from", utc(range.from())).bind("to", utc(range.to()))
                .map(row -> row.get("meter_id", String.class)).all().collect(java.util.stream.Collectors.toSet());
    }

    private static StoredRollup rollup(boolean day, java.time.Instant start, double energy, double measured,
                                       double estimated, double implausible) {
        return day ? new DayRollup(start, energy, measured, estimated, implausible)
                : new QuarterHour(start, energy, measured, estimated, implausible);
    }
}
