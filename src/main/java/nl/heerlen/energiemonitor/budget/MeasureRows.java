package nl.heerlen.energiemonitor.budget;

import static nl.heerlen.energiemonitor.budget.Binds.nullable;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The measure table. */
@Repository
class MeasureRows {
    private static final String INSERT = """
            insert into measure (code, title, portfolio, wethouder, portfolio_status, kpi_name, kpi_metric, kpi_target,
                                 kpi_unit, kpi_status, measured_by_site_kind, source)
            values (:code, :title, :portfolio, :wethouder, :portfolio_status, :kpi_name, :kpi_metric, :kpi_target,
                    :kpi_unit, :kpi_status, :site_kind, :source)
            on conflict (code) do""";
    private static final String UPDATE = """
             update set title = excluded.title, portfolio = excluded.portfolio, wethouder = excluded.wethouder,
                portfolio_status = excluded.portfolio_status, kpi_name = excluded.kpi_name, kpi_metric = excluded.kpi_metric,
                kpi_target = excluded.kpi_target, kpi_unit = excluded.kpi_unit, kpi_status = excluded.kpi_status,
                measured_by_site_kind = excluded.measured_by_site_kind, source = excluded.source, updated_at = now()""";

    private final DatabaseClient db;

    MeasureRows(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> insertIfAbsent(Measure m) {
        return bind(INSERT + " nothing", m).fetch().rowsUpdated();
    }

    Mono<Long> save(Measure m) {
        return bind(INSERT + " " + UPDATE, m).fetch().rowsUpdated();
    }

    Flux<Measure> all() {
        return db.sql("select * from measure order by code").map(MeasureRows::toMeasure).all();
    }

    private DatabaseClient.GenericExecuteSpec bind(String sql, Measure m) {
        var spec = db.sql(sql).bind("code", m.code()).bind("title", m.title()).bind("portfolio", m.portfolio())
                .bind("portfolio_status", m.portfolioStatus().wireName()).bind("kpi_metric", m.kpiMetric().wireName())
                .bind("kpi_status", m.kpiStatus().wireName()).bind("source", m.source());
        spec = nullable(spec, "wethouder", m.wethouder(), String.class);
        spec = nullable(spec, "kpi_name", m.kpiName(), String.class);
        spec = nullable(spec, "kpi_target", m.kpiTarget(), Double.class);
        spec = nullable(spec, "kpi_unit", m.kpiUnit(), String.class);
        return nullable(spec, "site_kind", m.measuredBySiteKind(), String.class);
    }

    private static Measure toMeasure(Readable r) {
        return new Measure(r.get("code", String.class), r.get("title", String.class), r.get("portfolio", String.class),
                r.get("wethouder", String.class), DataStatus.parse(r.get("portfolio_status", String.class)),
                r.get("kpi_name", String.class), KpiMetric.parse(r.get("kpi_metric", String.class)),
                r.get("kpi_target", Double.class), r.get("kpi_unit", String.class),
                DataStatus.parse(r.get("kpi_status", String.class)), r.get("measured_by_site_kind", String.class),
                r.get("source", String.class));
    }
}
