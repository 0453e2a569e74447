package nl.heerlen.energiemonitor.accounting;

import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * Totals per meter over whole Amsterdam days, read from the rollups: whole months from the month rollups, the days
 * before and after them from the day rollups (a year is 12 rows per meter, not 365). What reports are built on.
 */
@Service
public class EnergyTotals {
    private static final String PER_METER = """
            select meter_id, sum(energy) as energy, sum(measured_seconds) as measured, sum(estimated_seconds) as estimated
            from (select meter_id, energy, measured_seconds, estimated_seconds from energy_month
                  where channel = :c and month >= :firstMonth and month < :endMonth
                  union all
                  select meter_id, energy, measured_seconds, estimated_seconds from energy_day
                  where channel = :c and day >= :firstDay and day < :headEnd
                  union all
                  select meter_id, energy, measured_seconds, estimated_seconds from energy_day
                  where channel = :c and day >= :tailStart and day < :endDay) x
            group by meter_id order by meter_id
            """;

    private final DatabaseClient db;

    EnergyTotals(DatabaseClient db) {
        this.db = db;
    }

    /** {@code range} should start and end at Amsterdam midnight; days starting inside it are counted. */
    public Flux<MeterEnergy> perMeter(Channel channel, TimeRange range) {
        double seconds = range.duration().toSeconds();
        CalendarSpan span = CalendarSpan.daysStartingIn(range);
        return db.sql(PER_METER).bind("c", channel.wireName())
                .bind("firstMonth", span.firstMonth()).bind("endMonth", span.endMonth())
                .bind("firstDay", span.firstDay()).bind("headEnd", span.headEnd())
                .bind("tailStart", span.tailStart()).bind("endDay", span.endDay())
                .map(row -> new MeterEnergy(row.get("meter_id", String.class), channel.wireName(),
                        row.get("energy", Double.class),
                        Math.min(1.0, row.get("measured", Double.class) / seconds),
                        Math.min(1.0, row.get("estimated", Double.class) / seconds)))
                .all();
    }
}
