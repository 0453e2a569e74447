package nl.heerlen.energiemonitor.budget;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Emission factors and assumptions: rows are never changed, a new figure is a new version. */
@Repository
class FactorRows {
    private static final String FACTOR = """
            insert into emission_factor (carrier, year, basis, version, kg_co2_per_unit, unit, source, status)
            values (:carrier, :year, :basis, %s, :kg, :unit, :source, :status) on conflict do nothing""";
    private static final String NEXT_FACTOR_VERSION = """
            (select coalesce(max(version), 0) + 1 from emission_factor where carrier = :carrier and year = :year and basis = :basis)""";
    private static final String ASSUMPTION = """
            insert into assumption (key, year, version, value, unit, description, source, status)
            values (:key, :year, %s, :value, :unit, :description, :source, :status) on conflict do nothing""";
    private static final String NEXT_ASSUMPTION_VERSION = """
            (select coalesce(max(version), 0) + 1 from assumption where key = :key and year = :year)""";

    private final DatabaseClient db;

    FactorRows(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> insertIfAbsent(EmissionFactor f) {
        return factor(FACTOR.formatted(":version"), f).bind("version", f.version()).fetch().rowsUpdated();
    }

    /** Stores the factor as the next version of its carrier, year and basis (the version in {@code f} is ignored). */
    Mono<Long> addVersion(EmissionFactor f) {
        return factor(FACTOR.formatted(NEXT_FACTOR_VERSION), f).fetch().rowsUpdated();
    }

    Mono<Long> insertIfAbsent(Assumption a) {
        return assumption(ASSUMPTION.formatted(":version"), a).bind("version", a.version()).fetch().rowsUpdated();
    }

    Mono<Long> addVersion(Assumption a) {
        return assumption(ASSUMPTION.formatted(NEXT_ASSUMPTION_VERSION), a).fetch().rowsUpdated();
    }

    Flux<EmissionFactor> factors() {
        return db.sql("select * from emission_factor order by carrier, basis, year, version").map(FactorRows::toFactor).all();
    }

    Flux<Assumption> assumptions() {
        return db.sql("select * from assumption order by key, year, version").map(FactorRows::toAssumption).all();
    }

    private DatabaseClient.GenericExecuteSpec factor(String sql, EmissionFactor f) {
        return db.sql(sql).bind("carrier", f.carrier().wireName()).bind("year", f.year()).bind("basis", f.basis().name())
                .bind("kg", f.kgCo2PerUnit()).bind("unit", f.unit()).bind("source", f.source())
                .bind("status", f.status().wireName());
    }

    private DatabaseClient.GenericExecuteSpec assumption(String sql, Assumption a) {
        return db.sql(sql).bind("key", a.key()).bind("year", a.year()).bind("value", a.value()).bind("unit", a.unit())
                .bind("description", a.description()).bind("source", a.source()).bind("status", a.status().wireName());
    }

    private static EmissionFactor toFactor(Readable r) {
        return new EmissionFactor(Carrier.parse(r.get("carrier", String.class)), r.get("year", Integer.class),
                Basis.parse(r.get("basis", String.class)), r.get("version", Integer.class),
                r.get("kg_co2_per_unit", Double.class), r.get("unit", String.class), r.get("source", String.class),
                DataStatus.parse(r.get("status", String.class)));
    }

    private static Assumption toAssumption(Readable r) {
        return new Assumption(r.get("key", String.class), r.get("year", Integer.class), r.get("version", Integer.class),
                r.get("value", Double.class), r.get("unit", String.class), r.get("description", String.class),
                r.get("source", String.class), DataStatus.parse(r.get("status", String.class)));
    }
}
