package nl.heerlen.energiemonitor.registry;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Inserts and updates meters; the database checks that installer and site exist. */
@Repository
class MeterWrites {
    private static final String INSERT = """
            insert into meter (id, kind, installer_id, site_id, capacity_kwp, panel_count, commissioned_on,
                               decommissioned_on, azimuth_deg, tilt_deg, reporting_interval, max_gap)
            values (:id, :kind, :installer, :site, :kwp, :panels, :commissioned, :decommissioned, :azimuth, :tilt,
                    make_interval(secs => :interval), make_interval(secs => :gap))
            on conflict (id) do nothing
            """;
    private static final String UPDATE = """
            update meter set kind = :kind, installer_id = :installer, site_id = :site, capacity_kwp = :kwp,
                   panel_count = :panels, commissioned_on = :commissioned, decommissioned_on = :decommissioned,
                   azimuth_deg = :azimuth, tilt_deg = :tilt, reporting_interval = make_interval(secs => :interval),
                   max_gap = make_interval(secs => :gap), updated_at = now()
            where id = :id
            """;

    private final DatabaseClient db;

    MeterWrites(DatabaseClient db) {
        this.db = db;
    }

    /** Emits whether a row was written (false: the id exists already, or for updates: does not exist). */
    Mono<Boolean> insert(Meter meter, MeterRegistration request) {
        return bind(db.sql(INSERT), meter, request).fetch().rowsUpdated().map(n -> n > 0);
    }

    Mono<Boolean> update(Meter meter, MeterRegistration request) {
        return bind(db.sql(UPDATE), meter, request).fetch().rowsUpdated().map(n -> n > 0);
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Meter m, MeterRegistration r) {
        spec = spec.bind("id", m.id().value()).bind("kind", m.kind().wireName()).bind("installer", m.installerId().value());
        spec = SeedStatements.nullable(spec, "site", m.siteId(), String.class);
        spec = SeedStatements.nullable(spec, "kwp", m.capacityKwp(), Double.class);
        spec = SeedStatements.nullable(spec, "panels", m.panelCount(), Integer.class);
        spec = SeedStatements.nullable(spec, "commissioned", m.commissionedOn(), java.time.LocalDate.class);
        spec = SeedStatements.nullable(spec, "decommissioned", m.decommissionedOn(), java.time.LocalDate.class);
        spec = SeedStatements.nullable(spec, "azimuth", r.azimuthDeg(), Double.class);
        spec = SeedStatements.nullable(spec, "tilt", r.tiltDeg(), Double.class);
        return spec.bind("interval", (double) m.reportingInterval().toSeconds()).bind("gap", (double) m.maxGap().toSeconds());
    }
}
