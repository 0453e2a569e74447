package nl.heerlen.energiemonitor.budget;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** PALET baseline and targets, and the Klimaatmonitor statistics. */
@Repository
class PaletRows {
    private static final String BASELINE = """
            insert into palet_baseline (area, base_year, base_use_tj, base_renewable_tj, target_year, target_remaining_tj, source, status)
            values (:area, :base_year, :use, :renewable, :target_year, :target, :source, :status) on conflict do nothing""";
    private static final String TARGET = """
            insert into palet_target (area, year, remaining_tj, source, status)
            values (:area, :year, :remaining, :source, :status) on conflict do nothing""";
    private static final String STATISTIC = """
            insert into klimaatmonitor_statistic (municipality, year, subject, value, unit, source, status)
            values (:municipality, :year, :subject, :value, :unit, :source, :status)
            on conflict (municipality, year, subject) do""";
    private static final String REPLACE = """
             update set value = excluded.value, unit = excluded.unit, source = excluded.source,
                status = excluded.status, imported_at = now()""";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    PaletRows(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    /** All targets of the area at once, in one transaction: readers see the old set or the new one. */
    Flux<PaletTarget> replaceTargets(String area, List<PaletTarget> targets) {
        return db.sql("delete from palet_target where area = :area").bind("area", area).fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(targets).concatMap(this::insertIfAbsent))
                .then().as(transaction::transactional)
                .thenMany(targets(area));
    }

    Mono<Long> insertIfAbsent(PaletBaseline b) {
        return db.sql(BASELINE).bind("area", b.area()).bind("base_year", b.baseYear()).bind("use", b.baseUseTj())
                .bind("renewable", b.baseRenewableTj()).bind("target_year", b.targetYear())
                .bind("target", b.targetRemainingTj()).bind("source", b.source()).bind("status", b.status().wireName())
                .fetch().rowsUpdated();
    }

    Mono<Long> insertIfAbsent(PaletTarget t) {
        return db.sql(TARGET).bind("area", t.area()).bind("year", t.year()).bind("remaining", t.remainingTj())
                .bind("source", t.source()).bind("status", t.status().wireName()).fetch().rowsUpdated();
    }

    Mono<Long> insertIfAbsent(ClimateStatistic s) {
        return statistic(STATISTIC + " nothing", s).fetch().rowsUpdated();
    }

    /** A new export replaces the figures of the same municipality, year and subject. */
    Mono<Long> save(ClimateStatistic s) {
        return statistic(STATISTIC + " " + REPLACE, s).fetch().rowsUpdated();
    }

    Mono<PaletBaseline> baseline(String area) {
        return db.sql("select * from palet_baseline where area = :area").bind("area", area).map(r -> new PaletBaseline(
                r.get("area", String.class), r.get("base_year", Integer.class), r.get("base_use_tj", Double.class),
                r.get("base_renewable_tj", Double.class), r.get("target_year", Integer.class),
                r.get("target_remaining_tj", Double.class), r.get("source", String.class), status(r))).one();
    }

    Flux<PaletTarget> targets(String area) {
        return db.sql("select * from palet_target where area = :area order by year").bind("area", area)
                .map(r -> new PaletTarget(r.get("area", String.class), r.get("year", Integer.class),
                        r.get("remaining_tj", Double.class), r.get("source", String.class), status(r))).all();
    }

    Flux<ClimateStatistic> statistics(String municipality) {
        return db.sql("select * from klimaatmonitor_statistic where municipality = :m order by year, subject")
                .bind("m", municipality).map(r -> new ClimateStatistic(r.get("municipality", String.class),
                        r.get("year", Integer.class), r.get("subject", String.class), r.get("value", Double.class),
                        r.get("unit", String.class), r.get("source", String.class), status(r))).all();
    }

    private DatabaseClient.GenericExecuteSpec statistic(String sql, ClimateStatistic s) {
        return db.sql(sql).bind("municipality", s.municipality()).bind("year", s.year()).bind("subject", s.subject())
                .bind("value", s.value()).bind("unit", s.unit()).bind("source", s.source())
                .bind("status", s.status().wireName());
    }

    private static DataStatus status(Readable r) {
        return DataStatus.parse(r.get("status", String.class));
    }
}
