package nl.heerlen.energiemonitor.accounting;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Replaces the rollups of many channel windows at once; windows of one channel never overlap. */
@Repository
class BatchRollupWriter {
    // in the order of the lock ids, not of the keys: two keys can share a hash, and locks taken in key order could then
    // be taken in opposite orders by two claims and deadlock
    private static final String LOCK = "select pg_advisory_xact_lock(h) from (select distinct hashtext(k) as h from unnest(:keys::text[]) k order by 1) keys";
    private static final String DELETE_QUARTERS = "delete from energy_quarter_hour q using " + RangeArrays.UNNEST
            + " where q.meter_id = r.m and q.channel = r.c and q.bucket_start >= r.f and q.bucket_start < r.t";
    private static final String INSERT_QUARTERS = """
            insert into energy_quarter_hour (meter_id, channel, bucket_start, energy, measured_seconds, estimated_seconds,
                                             implausible_energy)
            select * from unnest(:qm::text[], :qc::text[], :qs::timestamptz[], :qe::float8[], :qms::float8[],
                                 :qes::float8[], :qi::float8[])
            """;
    private static final String DELETE_IMPLAUSIBLE = "delete from implausible_interval x using " + RangeArrays.UNNEST
            + " where x.meter_id = r.m and x.channel = r.c and x.end_ts > r.f and x.start_ts < r.t";
    private static final String INSERT_IMPLAUSIBLE = """
            insert into implausible_interval (meter_id, channel, start_ts, end_ts, energy)
            select * from unnest(:xm::text[], :xc::text[], :xs::timestamptz[], :xe::timestamptz[], :xv::float8[])
            on conflict do nothing
            """;
    private static final String DELETE_DAYS = "delete from energy_day d using " + RangeArrays.UNNEST
            + " where d.meter_id = r.m and d.channel = r.c and d.day_start >= r.f and d.day_start < r.t";
    private static final String INSERT_DAYS = "insert into energy_day (meter_id, channel, day, day_start, energy, "
            + "measured_seconds, estimated_seconds, implausible_energy) "
            + "select q.meter_id, q.channel, (q.bucket_start at time zone 'Europe/Amsterdam')::date, "
            + "((q.bucket_start at time zone 'Europe/Amsterdam')::date)::timestamp at time zone 'Europe/Amsterdam', "
            + "sum(q.energy), sum(q.measured_seconds), sum(q.estimated_seconds), sum(q.implausible_energy) "
            + "from " + RangeArrays.UNNEST + " join energy_quarter_hour q on q.meter_id = r.m and q.channel = r.c "
            + "and q.bucket_start >= r.f and q.bucket_start < r.t "
            + "group by q.meter_id, q.channel, (q.bucket_start at time zone 'Europe/Amsterdam')::date";

    private final DatabaseClient db;

    BatchRollupWriter(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> lock(List<String> keys) {
        return db.sql(LOCK).bind("keys", keys.toArray(String[]::new)).fetch().all().then();
    }

    /** Quarter hours and implausible intervals of the windows; {@code rows} are the new quarter hours. */
    Mono<Void> replaceQuarters(RangeArrays windows, List<ChannelQuarter> rows, List<ChannelInterval> implausible) {
        Mono<Void> quarters = windows.bind(db.sql(DELETE_QUARTERS)).fetch().rowsUpdated()
                .then(rows.isEmpty() ? Mono.empty() : db.sql(INSERT_QUARTERS)
                        .bind("qm", rows.stream().map(ChannelQuarter::meter).toArray(String[]::new))
                        .bind("qc", rows.stream().map(ChannelQuarter::channel).toArray(String[]::new))
                        .bind("qs", rows.stream().map(r -> utc(r.quarter().start())).toArray(OffsetDateTime[]::new))
                        .bind("qe", rows.stream().map(r -> r.quarter().energy()).toArray(Double[]::new))
                        .bind("qms", rows.stream().map(r -> r.quarter().measuredSeconds()).toArray(Double[]::new))
                        .bind("qes", rows.stream().map(r -> r.quarter().estimatedSeconds()).toArray(Double[]::new))
                        .bind("qi", rows.stream().map(r -> r.quarter().implausibleEnergy()).toArray(Double[]::new))
                        .fetch().rowsUpdated().then());
        Mono<Void> bad = windows.bind(db.sql(DELETE_IMPLAUSIBLE)).fetch().rowsUpdated()
                .then(implausible.isEmpty() ? Mono.empty() : db.sql(INSERT_IMPLAUSIBLE)
                        .bind("xm", implausible.stream().map(ChannelInterval::meter).toArray(String[]::new))
                        .bind("xc", implausible.stream().map(ChannelInterval::channel).toArray(String[]::new))
                        .bind("xs", implausible.stream().map(x -> utc(x.interval().start())).toArray(OffsetDateTime[]::new))
                        .bind("xe", implausible.stream().map(x -> utc(x.interval().end())).toArray(OffsetDateTime[]::new))
                        .bind("xv", implausible.stream().map(x -> x.interval().energy()).toArray(Double[]::new))
                        .fetch().rowsUpdated().then());
        return quarters.then(bad);
    }

    /** {@code days} are windows of whole Amsterdam days, non-overlapping per channel. */
    Mono<Void> replaceDays(RangeArrays days) {
        return days.bind(db.sql(DELETE_DAYS)).fetch().rowsUpdated()
                .then(days.bind(db.sql(INSERT_DAYS)).fetch().rowsUpdated()).then();
    }

    private static OffsetDateTime utc(java.time.Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    record ChannelQuarter(String meter, String channel, QuarterHour quarter) {
    }

    record ChannelInterval(String meter, String channel, EnergyInterval interval) {
    }
}
