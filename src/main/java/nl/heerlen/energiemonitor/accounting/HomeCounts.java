package nl.heerlen.energiemonitor.accounting;

/**
 * The SQL that finds the buckets of a group total with too few homes in a cell (see
 * {@link RollupQueries#suppressedBuckets}). Quarter hours and hours come from the quarter-hour rollups, days, months
 * and years from the day rollups; the unit of counting is the quarter hour or the day.
 */
final class HomeCounts {
    private static final String HOMES = "(select * from unnest(cast(:meters as text[]), cast(:sites as text[]), "
            + "cast(:cells as text[])) as h(meter_id, site_id, cell))";
    private static final String CONTRIBUTED = "(r.measured_seconds > 0 or r.estimated_seconds > 0 or r.energy <> 0)";
    private static final String QUARTERS = """
            select %s as bucket from (
                select r.bucket_start as unit, h.cell, count(distinct h.site_id) as homes
                from energy_quarter_hour r join %s h on h.meter_id = r.meter_id
                where r.channel = :c and r.bucket_start >= :from and r.bucket_start < :to and %s
                group by r.bucket_start, h.cell) x
            where x.homes < :n group by 1""";
    private static final String DAYS = """
            select %s as bucket from (
                select r.day as unit, h.cell, count(distinct h.site_id) as homes
                from energy_day r join %s h on h.meter_id = r.meter_id
                where r.channel = :c and %s
                  -- by the indexed date: the range is whole Amsterdam days here
                  and r.day >= (cast(:from as timestamptz) at time zone 'Europe/Amsterdam')::date
                  and r.day < (cast(:to as timestamptz) at time zone 'Europe/Amsterdam')::date
                group by r.day, h.cell) x
            where x.homes < :n group by 1""";

    private HomeCounts() {
    }

    static String sql(Resolution resolution) {
        return switch (resolution) {
            case QUARTER_HOUR -> QUARTERS.formatted("x.unit", HOMES, CONTRIBUTED);
            case HOUR -> QUARTERS.formatted("date_bin('1 hour', x.unit, timestamptz '2000-01-01 00:00:00+00')", HOMES,
                    CONTRIBUTED);
            case DAY -> DAYS.formatted(local("x.unit"), HOMES, CONTRIBUTED);
            case MONTH -> DAYS.formatted(local("date_trunc('month', x.unit)::date"), HOMES, CONTRIBUTED);
            case YEAR -> DAYS.formatted(local("date_trunc('year', x.unit)::date"), HOMES, CONTRIBUTED);
        };
    }

    /** The start of an Amsterdam calendar date as an instant. */
    private static String local(String date) {
        return "(" + date + ")::timestamp at time zone 'Europe/Amsterdam'";
    }
}
