package nl.heerlen.energiemonitor.budget;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The KPI actuals entered by hand; every entry is kept. */
@Repository
class KpiActualRows {
    private static final String COLUMNS = "id, measure_code, year, on_date, value, source, recorded_by, recorded_at";
    private final DatabaseClient db;

    KpiActualRows(DatabaseClient db) {
        this.db = db;
    }

    Mono<KpiActual> insert(KpiActual a) {
        var spec = db.sql("insert into kpi_actual (measure_code, year, on_date, value, source, recorded_by) "
                        + "values (:measure, :year, :date, :value, :source, :by) returning " + COLUMNS)
                .bind("measure", a.measureCode()).bind("year", a.year()).bind("value", a.value())
                .bind("source", a.source()).bind("by", a.recordedBy());
        spec = a.onDate() == null ? spec.bindNull("date", LocalDate.class) : spec.bind("date", a.onDate());
        return spec.map(KpiActualRows::toActual).one();
    }

    Flux<KpiActual> forYear(int year) {
        return db.sql("select " + COLUMNS + " from kpi_actual where year = :year order by measure_code, id")
                .bind("year", year).map(KpiActualRows::toActual).all();
    }

    Flux<KpiActual> forMeasure(String code) {
        return db.sql("select " + COLUMNS + " from kpi_actual where measure_code = :code order by year, id")
                .bind("code", code).map(KpiActualRows::toActual).all();
    }

    private static KpiActual toActual(Readable r) {
        return new KpiActual(r.get("id", Long.class), r.get("measure_code", String.class), r.get("year", Integer.class),
                r.get("on_date", LocalDate.class), r.get("value", Double.class), r.get("source", String.class),
                r.get("recorded_by", String.class), r.get("recorded_at", OffsetDateTime.class).toInstant());
    }
}
