package nl.heerlen.energiemonitor.readings;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Applies the configured raw-data retention as a TimescaleDB policy; on plain PostgreSQL there is nothing to apply. */
@Component
class RawRetentionPolicy {
    private static final Logger log = LoggerFactory.getLogger(RawRetentionPolicy.class);

    private final DatabaseClient db;
    private final ReadingsProperties properties;

    RawRetentionPolicy(DatabaseClient db, ReadingsProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        timescale().flatMap(present -> present ? configure() : Mono.fromRunnable(() -> {
            if (properties.rawRetention() != null) {
                log.warn("energiemonitor.readings.raw-retention is set but TimescaleDB is not installed: raw readings are kept");
            }
        })).subscribe(null, e -> log.warn("Could not apply the raw-data retention policy: {}", e.toString()));
    }

    private Mono<Boolean> timescale() {
        return db.sql("select exists (select 1 from pg_extension where extname = 'timescaledb') as present")
                .map(row -> row.get("present", Boolean.class)).one();
    }

    private Mono<Void> configure() {
        Mono<Void> remove = db.sql("select remove_retention_policy('reading', if_exists => true)").then();
        Duration retention = properties.rawRetention();
        if (retention == null) {
            return remove;
        }
        return remove.then(db.sql("select add_retention_policy('reading', make_interval(secs => :s))")
                .bind("s", (double) retention.toSeconds()).then())
                .doOnSuccess(v -> log.info("Raw readings older than {} are dropped by TimescaleDB", retention));
    }
}
