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

    /**
     * Rows summed over the given meters; measured and estimated seconds are summed too, so coverage of a group is
     * divided by the number of meters by the caller.
     */
    Mono<List<QuarterHour>> rows(String[] meters, String channel, TimeRange range, Resolution resolution) {
        String sql = resolution.compareTo(Resolution.DAY) >= 0 ? DAYS : QUARTERS;
        return db.sql(sql).bind("meters", meters).bind("c", channel)
                .bind("from", utc(range.from())).bind("to", utc(range.to()))
                .map(row -> new QuarterHour(row.get("start", OffsetDateTime.class).toInstant(),
                        row.get("energy", Double.class), row.get("measured", Double.class),
                        row.get("estimated", Double.class), row.get("implausible", Double.class)))
                .all().collectList();
    }
}
