package nl.heerlen.energiemonitor.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Thins household data older than the retention period to the daily rollups: of the raw register readings only the
 * first of each Amsterdam day stays (the daily meter reading, at midnight for a meter reporting on the quarter hour,
 * so that recomputing a thinned day still finds its exact total), instantaneous readings and quarter-hour rollups go.
 * No register reading or energy rollup is removed for a day without its energy_day row or while the accounting still
 * has a pending range for that meter and channel, so the day totals the klimaatbegroting reads stay exactly as they
 * were. Every run covers all data before the cutoff, so a late reading for a day thinned before is, once the
 * accounting has recomputed the day with it, thinned again at the next run.
 */
@Component
class HouseholdThinning {
    private static final String HOMES = """
            select m.id from meter m join site s on s.id = m.site_id where s.household""";
    private static final String SETTLED = """
            not exists (select 1 from accounting_dirty x where x.meter_id = t.meter_id and x.channel = t.channel
                        and x.from_ts < :cutoff)""";
    private static final String REGISTERS = """
            delete from reading r using (
                select t.meter_id, t.channel, t.ts, row_number() over (partition by t.meter_id, t.channel,
                       (t.ts at time zone 'Europe/Amsterdam')::date order by t.ts) as nth
                from reading t
                where t.ts < :cutoff and t.channel = any(:cumulative) and t.meter_id in (%s)
                  and exists (select 1 from energy_day d where d.meter_id = t.meter_id and d.channel = t.channel
                              and d.day = (t.ts at time zone 'Europe/Amsterdam')::date)
                  and %s) d
            where d.nth > 1 and r.meter_id = d.meter_id and r.channel = d.channel and r.ts = d.ts
            """.formatted(HOMES, SETTLED);
    // Their quarter-hour rollups go too, so nothing needs them: also late ones that were never rolled up go.
    private static final String INSTANTANEOUS = """
            delete from reading t where t.ts < :cutoff and not (t.channel = any(:cumulative)) and t.meter_id in (%s)"""
            .formatted(HOMES);
    private static final String CONFLICTS = """
            delete from reading_conflict t where t.ts < :cutoff and t.meter_id in (%s)""".formatted(HOMES);
    // The row stays for the counts of rejections; the payload and detail (values, times) of a home's meter go.
    private static final String REJECTIONS = """
            update rejected_reading t set raw_payload = null, detail = null
            where t.received_at < :cutoff and t.meter_id in (%s) and (t.raw_payload is not null or t.detail is not null)"""
            .formatted(HOMES);
    private static final String QUARTER_HOURS = """
            delete from energy_quarter_hour t where t.bucket_start < :cutoff and t.meter_id in (%s)
              and exists (select 1 from energy_day d where d.meter_id = t.meter_id and d.channel = t.channel
                          and d.day = (t.bucket_start at time zone 'Europe/Amsterdam')::date)
              and %s""".formatted(HOMES, SETTLED);
    private static final String MEASUREMENTS = """
            delete from measurement_quarter_hour t where t.bucket_start < :cutoff and t.meter_id in (%s) and %s"""
            .formatted(HOMES, SETTLED);

    private final DatabaseClient db;
    private final PrivacyProperties properties;
    private final Clock clock;

    HouseholdThinning(DatabaseClient db, PrivacyProperties properties, Optional<Clock> clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What one run removed; conflicts and rejections are the conflicting values and rejected payloads of homes. */
    record Result(String cutoff, long readings, long quarterHours, long measurements, long conflicts, long rejections) {
    }

    /** The start of the Amsterdam day the retention period reaches back to: data before it is thinned. */
    Instant cutoff() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), AmsterdamCalendar.ZONE);
        return AmsterdamCalendar.startOf(today.minus(properties.retention()));
    }

    Mono<Result> run() {
        Instant cutoff = cutoff();
        // One after the other: the raw readings go first, while the rollups they are checked against are unchanged.
        return delete(REGISTERS, cutoff).flatMap(registers -> delete(INSTANTANEOUS, cutoff)
                .flatMap(instantaneous -> delete(QUARTER_HOURS, cutoff)
                        .flatMap(quarters -> delete(MEASUREMENTS, cutoff)
                                .flatMap(measurements -> delete(CONFLICTS, cutoff)
                                        .flatMap(conflicts -> delete(REJECTIONS, cutoff)
                                                .map(rejections -> new Result(AmsterdamCalendar.local(cutoff).toString(),
                                                        registers + instantaneous, quarters, measurements, conflicts,
                                                        rejections)))))));
    }

    private Mono<Long> delete(String sql, Instant cutoff) {
        String[] cumulative = Arrays.stream(Channel.values()).filter(Channel::cumulative).map(Channel::wireName)
                .toArray(String[]::new);
        var spec = db.sql(sql).bind("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
        if (sql.contains(":cumulative")) {
            spec = spec.bind("cumulative", cumulative);
        }
        return spec.fetch().rowsUpdated();
    }
}
