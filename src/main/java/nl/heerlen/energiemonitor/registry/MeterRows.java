package nl.heerlen.energiemonitor.registry;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads meters from the registry tables. */
@Repository
class MeterRows {
    private static final String SELECT = """
            select id, kind, installer_id, site_id, capacity_kwp, panel_count, commissioned_on, decommissioned_on,
                   extract(epoch from reporting_interval)::bigint as reporting_seconds,
                   extract(epoch from max_gap)::bigint as max_gap_seconds
            from meter
            """;

    private final DatabaseClient db;

    MeterRows(DatabaseClient db) {
        this.db = db;
    }

    Mono<Meter> findById(MeterId id) {
        return db.sql(SELECT + " where id = :id").bind("id", id.value()).map(MeterRows::toMeter).one();
    }

    Flux<Meter> findByMeasure(String measureCode) {
        return db.sql(SELECT + " where site_id in (select id from site where measure_code = :code) order by id")
                .bind("code", measureCode).map(MeterRows::toMeter).all();
    }

    Flux<Meter> findAll() {
        return db.sql(SELECT + " order by id").map(MeterRows::toMeter).all();
    }

    private static Meter toMeter(Readable row) {
        return new Meter(
                new MeterId(row.get("id", String.class)),
                MeterKind.fromWireName(row.get("kind", String.class)).orElseThrow(),
                new InstallerId(row.get("installer_id", String.class)),
                row.get("site_id", String.class),
                row.get("capacity_kwp", Double.class),
                row.get("panel_count", Integer.class),
                row.get("commissioned_on", LocalDate.class),
                row.get("decommissioned_on", LocalDate.class),
                Duration.ofSeconds(row.get("reporting_seconds", Long.class)),
                Duration.ofSeconds(row.get("max_gap_seconds", Long.class)));
    }
}
