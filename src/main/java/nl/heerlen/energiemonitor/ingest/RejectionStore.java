package nl.heerlen.energiemonitor.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Keeps rejected input with its reason, once per input: a rejection whose key is already stored (a redelivery, or the
 * same bad payload sent again) raises that row's delivery count instead of adding a row. One statement per batch.
 */
@Repository
class RejectionStore {
    // Copies within one batch are merged first: ON CONFLICT DO UPDATE cannot touch a row twice in one statement.
    private static final String UPSERT = """
            insert into rejected_reading (source, topic, installer_id, meter_id, reason, detail, raw_payload, job_id,
                                          line_number, dedup_key, deliveries, last_seen_at)
            select u.*, now() from unnest(:sources::text[], :topics::text[], :installers::text[], :meters::text[],
                                          :reasons::text[], :details::text[], :raws::text[], :jobs::uuid[], :lines::int8[],
                                          :keys::uuid[], :deliveries::int4[]) as u
            on conflict (dedup_key) do update
                set deliveries = rejected_reading.deliveries + excluded.deliveries, last_seen_at = excluded.last_seen_at,
                    resubmitted_at = null
            returning dedup_key, xmax = 0 as inserted
            """;

    private final DatabaseClient db;

    RejectionStore(DatabaseClient db) {
        this.db = db;
    }

    /** What storing a batch of rejections did: new rows, and deliveries of rejections already stored. */
    record Outcome(List<Rejection> recorded, List<Rejection> repeated) {
        static final Outcome NONE = new Outcome(List.of(), List.of());
    }

    Mono<Outcome> store(List<Rejection> rejections) {
        return rejections.isEmpty() ? Mono.just(Outcome.NONE) : Mono.defer(() -> upsert(rejections));
    }

    private Mono<Outcome> upsert(List<Rejection> rejections) {
        List<List<Rejection>> groups = groups(rejections);
        int n = groups.size();
        String[][] columns = new String[7][n];
        UUID[] jobs = new UUID[n];
        Long[] lines = new Long[n];
        UUID[] keys = new UUID[n];
        Integer[] deliveries = new Integer[n];
        for (int i = 0; i < n; i++) {
            Rejection r = groups.get(i).get(0);
            columns[0][i] = r.source();
            columns[1][i] = clean(r.topic());
            columns[2][i] = r.installerId();
            columns[3][i] = r.meterId();
            columns[4][i] = r.reason().tag();
            columns[5][i] = clean(r.detail());
            columns[6][i] = clean(r.raw());
            jobs[i] = r.jobId();
            lines[i] = r.line();
            keys[i] = r.key();
            deliveries[i] = groups.get(i).size();
        }
        Map<UUID, List<Rejection>> byKey = new LinkedHashMap<>();
        groups.stream().filter(g -> g.get(0).key() != null).forEach(g -> byKey.put(g.get(0).key(), g));
        List<Rejection> recorded = new ArrayList<>(rejections.size());
        List<Rejection> repeated = new ArrayList<>(0);
        groups.stream().filter(g -> g.get(0).key() == null).forEach(g -> recorded.addAll(g));
        return db.sql(UPSERT).bind("sources", columns[0]).bind("topics", columns[1]).bind("installers", columns[2])
                .bind("meters", columns[3]).bind("reasons", columns[4]).bind("details", columns[5])
                .bind("raws", columns[6]).bind("jobs", jobs).bind("lines", lines).bind("keys", keys)
                .bind("deliveries", deliveries)
                .map(row -> {
                    List<Rejection> group = byKey.get(row.get("dedup_key", UUID.class));
                    if (group != null) {
                        boolean inserted = Boolean.TRUE.equals(row.get("inserted", Boolean.class));
                        recorded.addAll(inserted ? group.subList(0, 1) : List.of());
                        repeated.addAll(inserted ? group.subList(1, group.size()) : group);
                    }
                    return 1;
                })
                .all().then(Mono.fromSupplier(() -> new Outcome(recorded, repeated)));
    }

    /**
     * Copies of one rejection together, sorted by key so that two instances storing overlapping batches lock the rows
     * in the same order; rejections without a key each on their own.
     */
    private static List<List<Rejection>> groups(List<Rejection> rejections) {
        Map<UUID, List<Rejection>> byKey = new LinkedHashMap<>();
        List<List<Rejection>> groups = new ArrayList<>();
        for (Rejection r : rejections) {
            if (r.key() == null) {
                groups.add(List.of(r));
            } else {
                byKey.computeIfAbsent(r.key(), k -> new ArrayList<>(1)).add(r);
            }
        }
        byKey.values().stream().sorted(Comparator.comparing(g -> g.get(0).key())).forEach(groups::add);
        return groups;
    }

    /** PostgreSQL text cannot hold NUL characters; keep everything else as sent. */
    static String clean(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
