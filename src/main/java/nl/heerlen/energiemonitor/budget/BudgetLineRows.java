package nl.heerlen.energiemonitor.budget;

import static nl.heerlen.energiemonitor.budget.Binds.nullable;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The budget_line table; a line is identified by measure, year, kind and funding source. */
@Repository
class BudgetLineRows {
    private static final String INSERT = """
            insert into budget_line (measure_code, year, kind, funding_source, planned_eur, realised_eur, expected_kwh,
                                     expected_co2_tonnes, status, source)
            values (:measure, :year, :kind, :funding, :planned, :realised, :kwh, :co2, :status, :source)
            on conflict (measure_code, year, kind, funding_source) do""";
    private static final String UPDATE = """
             update set planned_eur = excluded.planned_eur, realised_eur = excluded.realised_eur,
                expected_kwh = excluded.expected_kwh, expected_co2_tonnes = excluded.expected_co2_tonnes,
                status = excluded.status, source = excluded.source, updated_at = now()""";

    private final DatabaseClient db;

    BudgetLineRows(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> insertIfAbsent(BudgetLine line) {
        return bind(INSERT + " nothing", line).fetch().rowsUpdated();
    }

    /** The finance system is the authority on its lines: an imported line replaces the stored one. */
    Mono<Long> save(BudgetLine line) {
        return bind(INSERT + " " + UPDATE, line).fetch().rowsUpdated();
    }

    Flux<BudgetLine> forYear(int year) {
        return db.sql("select * from budget_line where year = :year order by measure_code, kind, funding_source")
                .bind("year", year).map(BudgetLineRows::toLine).all();
    }

    Flux<BudgetLine> between(int fromYear, int toYear) {
        return db.sql("select * from budget_line where year between :from and :to order by year, measure_code, kind, funding_source")
                .bind("from", fromYear).bind("to", toYear).map(BudgetLineRows::toLine).all();
    }

    private DatabaseClient.GenericExecuteSpec bind(String sql, BudgetLine l) {
        var spec = db.sql(sql).bind("measure", l.measureCode()).bind("year", l.year()).bind("kind", l.kind().wireName())
                .bind("funding", l.fundingSource()).bind("planned", l.plannedEur())
                .bind("status", l.status().wireName()).bind("source", l.source());
        spec = nullable(spec, "realised", l.realisedEur(), BigDecimal.class);
        spec = nullable(spec, "kwh", l.expectedKwh(), Double.class);
        return nullable(spec, "co2", l.expectedCo2Tonnes(), Double.class);
    }

    private static BudgetLine toLine(Readable r) {
        return new BudgetLine(r.get("measure_code", String.class), r.get("year", Integer.class),
                BudgetLine.Kind.parse(r.get("kind", String.class)), r.get("funding_source", String.class),
                r.get("planned_eur", BigDecimal.class), r.get("realised_eur", BigDecimal.class),
                r.get("expected_kwh", Double.class), r.get("expected_co2_tonnes", Double.class),
                DataStatus.parse(r.get("status", String.class)), r.get("source", String.class));
    }
}
