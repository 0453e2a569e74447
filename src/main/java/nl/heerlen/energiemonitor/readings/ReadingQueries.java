package nl.heerlen.energiemonitor.readings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** Reads raw readings back, in time order. */
@Service
public class ReadingQueries {
    private final DatabaseClient db;

    ReadingQueries(DatabaseClient db) {
        this.db = db;
    }

    public Flux<Reading> find(MeterId meter, Channel channel, TimeRange range, int limit) {
        String sql = "select channel, ts, value from reading where meter_id = :meter and ts >= :from and ts < :to"
                + (channel == null ? "" : " and channel = :channel") + " order by ts, channel limit :limit";
        var spec = db.sql(sql).bind("meter", meter.value())
                .bind("from", range.from().atOffset(ZoneOffset.UTC))
                .bind("to", range.to().atOffset(ZoneOffset.UTC))
                .bind("limit", limit);
        if (channel != null) {
            spec = spec.bind("channel", channel.wireName());
        }
        return spec.map(row -> new Reading(meter, Channel.fromWireName(row.get("channel", String.class)).orElseThrow(),
                        row.get("ts", OffsetDateTime.class).toInstant(), row.get("value", Double.class)))
                .all();
    }
}
