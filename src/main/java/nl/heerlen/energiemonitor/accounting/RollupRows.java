package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Exchanges and rule overrides: the per-channel inputs of a recomputation besides the readings. */
@Repository
class RollupRows {
    private final DatabaseClient db;

    RollupRows(DatabaseClient db) {
        this.db = db;
    }

    /** Exchanges of all channels of these meters, keyed by "meter/channel". */
    Mono<java.util.Map<String, List<MeterExchange>>> exchanges(String[] meters) {
        return db.sql("select meter_id, channel, exchanged_at, final_reading_old, start_reading_new from meter_exchange "
                        + "where meter_id = any(:m) order by exchanged_at").bind("m", meters)
                .map(row -> java.util.Map.entry(row.get("meter_id", String.class) + "/" + row.get("channel", String.class),
                        new MeterExchange(row.get("exchanged_at", OffsetDateTime.class).toInstant(),
                                row.get("final_reading_old", Double.class), row.get("start_reading_new", Double.class))))
                .all()
                .collect(java.util.HashMap<String, List<MeterExchange>>::new,
                        (map, e) -> map.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
    }

    /** Rule overrides of all channels of these meters, keyed by "meter/channel". */
    Mono<java.util.Map<String, Double[]>> ruleOverrides(String[] meters) {
        return db.sql("select meter_id, channel, reset_tolerance, max_rate_per_hour, register_max from meter_channel_rule "
                        + "where meter_id = any(:m)").bind("m", meters)
                .map(row -> java.util.Map.entry(row.get("meter_id", String.class) + "/" + row.get("channel", String.class),
                        new Double[] {row.get("reset_tolerance", Double.class), row.get("max_rate_per_hour", Double.class),
                                row.get("register_max", Double.class)}))
                .all().collectMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue);
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

}
