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
 * before commit leaves them for the next attempt, and SKIP LOCKED lets several instances share the work.
 */
@Repository
class DirtyQueue {
    /** Ranges of one channel closer than this are recomputed together. */
    static final Duration MERGE_GAP = Duration.ofHours(6);

    private static final String CLAIM = """
            delete from accounting_dirty where id in (
                select id from accounting_dirty order by id limit :limit for update skip locked)
            returning meter_id, channel, from_ts, to_ts
            """;

    private final DatabaseClient db;

    DirtyQueue(DatabaseClient db) {
        this.db = db;
    }

    Mono<List<DirtyRange>> claim(int limit) {
        return db.sql(CLAIM).bind("limit", limit)
                .map(row -> new DirtyRange(row.get("meter_id", String.class), row.get("channel", String.class),
                        row.get("from_ts", OffsetDateTime.class).toInstant(),
                        row.get("to_ts", OffsetDateTime.class).toInstant()))
                .all().collectList().map(DirtyQueue::merge);
    }

    /** Seconds since the oldest pending change was marked; 0 when nothing waits. */
    Mono<Double> lagSeconds() {
        return db.sql("select coalesce(extract(epoch from now() - min(created_at)), 0) as lag from accounting_dirty")
                .map(row -> row.get("lag", Number.class).doubleValue()).one();
    }

    static List<DirtyRange> merge(List<DirtyRange> ranges) {
        Map<String, List<DirtyRange>> byChannel = ranges.stream().collect(Collectors.groupingBy(DirtyRange::key));
        List<DirtyRange> merged = new ArrayList<>();
        for (List<DirtyRange> group : byChannel.values()) {
            group.sort(Comparator.comparing(DirtyRange::from));
            DirtyRange current = group.get(0);
            for (DirtyRange next : group.subList(1, group.size())) {
                Instant reach = current.to().plus(MERGE_GAP);
                if (next.from().isAfter(reach)) {
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
