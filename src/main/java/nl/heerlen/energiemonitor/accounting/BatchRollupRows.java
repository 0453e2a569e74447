package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads the inputs of many channel recomputations in one statement each (rows keyed by the range's position). */
@Repository
class BatchRollupRows {
    private static final String NEIGHBOURS = "select r.i, "
            + "(select max(ts) from reading where meter_id = r.m and channel = r.c and ts < r.f) as before_from, "
            + "(select min(ts) from reading where meter_id = r.m and channel = r.c and ts > r.t) as after_to "
            + "from " + RangeArrays.UNNEST;
    // For each range [f, t): from the last reading at or before f to the first at or after t (all of a side if none).
    private static final String READINGS = "select r.i, x.ts, x.value from " + RangeArrays.UNNEST + " cross join lateral ("
            + "select ts, value from reading where meter_id = r.m and channel = r.c "
            + "and ts >= coalesce((select max(ts) from reading where meter_id = r.m and channel = r.c and ts <= r.f), r.f) "
            + "and ts <= coalesce((select min(ts) from reading where meter_id = r.m and channel = r.c and ts >= r.t), r.t)) x "
            + "order by r.i, x.ts";

    private final DatabaseClient db;

    BatchRollupRows(DatabaseClient db) {
        this.db = db;
    }

    /** Per range position: the reading before its start and after its end (each may be null). */
    Mono<Map<Integer, Instant[]>> neighbours(RangeArrays ranges) {
        return ranges.bind(db.sql(NEIGHBOURS))
                .map(row -> Map.entry(row.get("i", Long.class).intValue(), new Instant[] {
                        instant(row.get("before_from", OffsetDateTime.class)), instant(row.get("after_to", OffsetDateTime.class))}))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Per range position (1-based, as SQL's ordinality): the readings its recomputation needs, in time order. */
    Mono<Map<Integer, List<RegisterReading>>> readings(RangeArrays ranges) {
        return ranges.bind(db.sql(READINGS))
                .map(row -> Map.entry(row.get("i", Long.class).intValue(),
                        new RegisterReading(row.get("ts", OffsetDateTime.class).toInstant(), row.get("value", Double.class))))
                .all()
                .collect(HashMap<Integer, List<RegisterReading>>::new,
                        (map, e) -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
