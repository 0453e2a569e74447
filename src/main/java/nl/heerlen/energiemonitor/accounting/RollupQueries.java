package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.privacy.HouseholdGroup;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Reads stored rollups as rows for {@link BucketAggregator}: quarter hours for fine resolutions, days for days, and
 * months for months and years (so a year is 12 rows per meter, not 35,040; the range of those is whole months).
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
            from energy_day where meter_id = any(:meters) and channel = :c and day >= :fromDay and day < :toDay
            group by day_start order by day_start
            """;
    private static final String MONTHS = """
            select month_start as start, sum(energy) as energy, sum(measured_seconds) as measured,
                   sum(estimated_seconds) as estimated, sum(implausible_energy) as implausible
            from energy_month where meter_id = any(:meters) and channel = :c and month >= :fromMonth and month < :toMonth
            group by month_start order by month_start
            """;

    private final DatabaseClient db;

    RollupQueries(DatabaseClient db) {
        this.db = db;
    }

    /** Rows summed over the given meters; a group's measured and estimated seconds are averaged per meter. */
    Mono<List<StoredRollup>> rows(String[] meters, String channel, TimeRange range, Resolution resolution) {
        if (resolution.compareTo(Resolution.MONTH) >= 0) {
            return months(meters, channel, range);
        }
        boolean days = resolution == Resolution.DAY;
        double perMeter = meters.length;
        var spec = db.sql(days ? DAYS : QUARTERS).bind("meters", meters).bind("c", channel);
        // Days by their indexed date column; the range is whole Amsterdam days then.
        spec = days ? spec.bind("fromDay", date(range.from())).bind("toDay", date(range.to()))
                : spec.bind("from", utc(range.from())).bind("to", utc(range.to()));
        return spec
                .map(row -> rollup(days, row.get("start", OffsetDateTime.class).toInstant(),
                        row.get("energy", Double.class), row.get("measured", Double.class) / perMeter,
                        row.get("estimated", Double.class) / perMeter, row.get("implausible", Double.class)))
                .all().collectList();
    }

    /** {@code range} starts and ends at the start of an Amsterdam month. */
    private Mono<List<StoredRollup>> months(String[] meters, String channel, TimeRange range) {
        double perMeter = meters.length;
        return db.sql(MONTHS).bind("meters", meters).bind("c", channel)
                .bind("fromMonth", date(range.from())).bind("toMonth", date(range.to()))
                .map(row -> (StoredRollup) new MonthRollup(row.get("start", OffsetDateTime.class).toInstant(),
                        row.get("energy", Double.class), row.get("measured", Double.class) / perMeter,
                        row.get("estimated", Double.class) / perMeter, row.get("implausible", Double.class)))
                .all().collectList();
    }

    /**
     * The starts of the buckets to suppress: those where a cell of the household group holds rows of at least one but
     * fewer than N homes. A home counts for a bucket when it has a rollup with data (seconds or energy) in it. For
     * hours the check is per quarter hour, for months and years per day, so that a shown hour, month or year minus its
     * shown parts never leaves a part with fewer than N homes.
     */
    Mono<Set<Instant>> suppressedBuckets(HouseholdGroup homes, String channel, TimeRange range, Resolution resolution) {
        if (homes.isEmpty()) {
            return Mono.just(Set.of());
        }
        return db.sql(HomeCounts.sql(resolution))
                .bind("meters", homes.meterIds().toArray(String[]::new))
                .bind("sites", homes.siteIds().toArray(String[]::new))
                .bind("cells", homes.cells().toArray(String[]::new))
                .bind("n", homes.minGroupSize()).bind("c", channel)
                .bind("from", utc(range.from())).bind("to", utc(range.to()))
                .map(row -> row.get("bucket", OffsetDateTime.class).toInstant()).all().collect(Collectors.toSet());
    }

    private static LocalDate date(Instant t) {
        return LocalDate.ofInstant(t, Resolution.CALENDAR_ZONE);
    }

    private static StoredRollup rollup(boolean day, Instant start, double energy, double measured,
                                       double estimated, double implausible) {
        return day ? new DayRollup(start, energy, measured, estimated, implausible)
                : new QuarterHour(start, energy, measured, estimated, implausible);
    }
}
