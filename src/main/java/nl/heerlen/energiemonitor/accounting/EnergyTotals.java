package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** Totals per meter over whole Amsterdam days, read from the daily rollups: what reports are built on. */
@Service
public class EnergyTotals {
    private static final String PER_METER = """
            select meter_id, sum(energy) as energy, sum(measured_seconds) as measured, sum(estimated_seconds) as estimated
            from energy_day where channel = :c and day_start >= :from and day_start < :to
            group by meter_id order by meter_id
            """;

    private final DatabaseClient db;

    EnergyTotals(DatabaseClient db) {
        this.db = db;
    }

    /** {@code range} should start and end at Amsterdam midnight; days starting inside it are counted. */
    public Flux<MeterEnergy> perMeter(Channel channel, TimeRange range) {
        double seconds = range.duration().toSeconds();
        return db.sql(PER_METER).bind("c", channel.wireName()).bind("from", utc(range.from())).bind("to", utc(range.to()))
                .map(row -> new MeterEnergy(row.get("meter_id", String.class), channel.wireName(),
                        row.get("energy", Double.class),
                        Math.min(1.0, row.get("measured", Double.class) / seconds),
                        Math.min(1.0, row.get("estimated", Double.class) / seconds)))
                .all();
    }
}
