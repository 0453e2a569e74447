package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * Supply and return temperatures from the measurement rollups. Only quarter hours with energy flowing count: an idle
 * connection's pipes drift to the same temperature, which says nothing about its sensors.
 */
@Service
public class SupplyReturnTemperatures {
    private static final String WHILE_DELIVERING = """
            select s.meter_id, avg(s.avg_value) as supply, avg(r.avg_value) as return_temp, count(*) as quarters
            from measurement_quarter_hour s
            join measurement_quarter_hour r on r.meter_id = s.meter_id and r.bucket_start = s.bucket_start
                                           and r.channel = 'return_temp'
            where s.channel = 'supply_temp' and s.bucket_start >= :from and s.bucket_start < :to
              and exists (select 1 from energy_quarter_hour e
                          where e.meter_id = s.meter_id and e.bucket_start = s.bucket_start
                            and e.channel in ('heat_energy', 'cold_energy') and e.energy > 0)
            group by s.meter_id order by s.meter_id
            """;

    private final DatabaseClient db;

    SupplyReturnTemperatures(DatabaseClient db) {
        this.db = db;
    }

    public Flux<SupplyReturn> whileDelivering(TimeRange range) {
        return db.sql(WHILE_DELIVERING).bind("from", utc(range.from())).bind("to", utc(range.to()))
                .map(row -> new SupplyReturn(row.get("meter_id", String.class), row.get("supply", Double.class),
                        row.get("return_temp", Double.class), row.get("quarters", Long.class).intValue()))
                .all();
    }
}
