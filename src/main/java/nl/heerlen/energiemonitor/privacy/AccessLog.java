package nl.heerlen.energiemonitor.privacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The log of admins' reads of a single home's data: who, when, which site (and meter and endpoint). */
@Repository
class AccessLog {
    private final DatabaseClient db;

    AccessLog(DatabaseClient db) {
        this.db = db;
    }

    record Entry(long id, OffsetDateTime at, String userName, String siteId, String meterId, String what) {
    }

    Mono<Void> record(String user, String siteId, String meterId, String what) {
        return db.sql("""
                insert into household_access_log (user_name, site_id, meter_id, what) values (:u, :s, :m, :w)""")
                .bind("u", user).bind("s", siteId).bind("m", meterId).bind("w", what).then();
    }

    /** Removes the entries from before the given instant; how many went. */
    Mono<Long> removeBefore(Instant cutoff) {
        return db.sql("delete from household_access_log where at < :cutoff")
                .bind("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).fetch().rowsUpdated();
    }

    Flux<Entry> latest(String siteId, int limit) {
        var spec = db.sql("""
                select id, at, user_name, site_id, meter_id, what from household_access_log
                where (cast(:s as text) is null or site_id = cast(:s as text)) order by id desc limit :n""")
                .bind("n", limit);
        spec = siteId == null ? spec.bindNull("s", String.class) : spec.bind("s", siteId);
        return spec.map(r -> new Entry(r.get("id", Long.class), r.get("at", OffsetDateTime.class),
                r.get("user_name", String.class), r.get("site_id", String.class), r.get("meter_id", String.class),
                r.get("what", String.class))).all();
    }
}
