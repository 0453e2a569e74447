package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The ranges that readings marked as changed. Claiming deletes them inside the caller's transaction, so a crash
 * before commit leaves them for the next attempt, and SKIP LOCKED lets several instances share the work. A range
 * that failed waits for its retry time; a set-aside one ({@link FailedRanges}) is not claimed at all.
 */
@Repository
class DirtyQueue {
    /** Ranges of one channel closer than this are recomputed together. */
    static final Duration MERGE_GAP = Duration.ofHours(6);

    /*
     * The oldest settled rows pick the channels; every claimable row of those channels is taken with them, so that the
     * readings of a busy channel are recomputed once per claim, not once per stored batch. SKIP LOCKED at both steps:
     * a row another worker holds is left to it, never waited for, so workers take different channels and cannot
     * deadlock.
     */
    private static final String CLAIM = """
            delete from accounting_dirty where id in (
                select d.id from accounting_dirty d
                join (select distinct meter_id, channel from (
                        select meter_id, channel from accounting_dirty
                        where set_aside_at is null and (retry_at is null or retry_at <= now())
                          and created_at <= now() - make_interval(secs => :settle)
                        order by created_at limit :limit for update skip locked) oldest) k using (meter_id, channel)
                where d.set_aside_at is null and (d.retry_at is null or d.retry_at <= now())
                order by d.id limit :rows
                for update of d skip locked)
            returning id, meter_id, channel, from_ts, to_ts
            """;

    private static final String CLAIM_IDS = """
            delete from accounting_dirty where id in (
                select id from accounting_dirty where id = any(:ids) and set_aside_at is null for update skip locked)
            returning id, meter_id, channel, from_ts, to_ts
            """;

    private final DatabaseClient db;

    DirtyQueue(DatabaseClient db) {
        this.db = db;
    }

    /**
     * The channels of the oldest claimable rows that have waited at least {@code settle}, with all their claimable rows
     * (at most {@code rows}), merged per channel.
     */
    Mono<List<ClaimedRange>> claim(int limit, Duration settle, int rows) {
        return rows(db.sql(CLAIM).bind("limit", limit).bind("settle", settle.toMillis() / 1000.0).bind("rows", rows));
    }

    /** These rows again, those still queued and not taken by another transaction meanwhile. */
    Mono<List<ClaimedRange>> claim(List<Long> ids) {
        return rows(db.sql(CLAIM_IDS).bind("ids", ids.toArray(Long[]::new)));
    }

    /** Seconds since the oldest pending change was marked (set-aside ranges not included); 0 when nothing waits. */
    Mono<Double> lagSeconds() {
        return db.sql("""
                        select coalesce(extract(epoch from now() - min(created_at)), 0) as lag
                        from accounting_dirty where set_aside_at is null""")
                .map(row -> row.get("lag", Number.class).doubleValue()).one();
    }

    private static Mono<List<ClaimedRange>> rows(DatabaseClient.GenericExecuteSpec claim) {
        return claim.map(row -> new ClaimedRange(new DirtyRange(row.get("meter_id", String.class),
                        row.get("channel", String.class), row.get("from_ts", OffsetDateTime.class).toInstant(),
                        row.get("to_ts", OffsetDateTime.class).toInstant()), List.of(row.get("id", Long.class))))
                .all().collectList().map(DirtyQueue::merge);
    }

    static List<ClaimedRange> merge(List<ClaimedRange> ranges) {
        Map<String, List<ClaimedRange>> byChannel = ranges.stream().collect(Collectors.groupingBy(c -> c.range().key()));
        List<ClaimedRange> merged = new ArrayList<>();
        for (List<ClaimedRange> group : byChannel.values()) {
            group.sort(Comparator.comparing(c -> c.range().from()));
            ClaimedRange current = group.get(0);
            for (ClaimedRange next : group.subList(1, group.size())) {
                Instant reach = current.range().to().plus(MERGE_GAP);
                if (next.range().from().isAfter(reach)) {
                    merged.add(current);
                    current = next;
                } else {
                    current = current.merge(next);
                }
            }
            merged.add(current);
        }
        return merged;
    }
}
