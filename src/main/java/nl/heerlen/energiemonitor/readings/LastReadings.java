package nl.heerlen.energiemonitor.readings;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * The newest reading of given meter channels. Each is one backward step on the primary key, bounded to a lookback
 * window so that a hypertable only opens its recent chunks: a meter silent for longer is simply absent.
 */
@Service
public class LastReadings {
    private static final String LATEST = """
            select k.meter_id, k.channel, r.ts, r.received_at
            from unnest(:meters::text[], :channels::text[]) as k(meter_id, channel)
            cross join lateral (
                select ts, received_at from reading
                where reading.meter_id = k.meter_id and reading.channel = k.channel
                  and ts > :since and ts <= :until
                order by ts desc limit 1) r
            """;

    private final DatabaseClient db;

    LastReadings(DatabaseClient db) {
        this.db = db;
    }

    /** {@code meterChannels} are (meter id, channel) pairs; readings after {@code until} are ignored. */
    public Flux<LastReading> latest(List<String[]> meterChannels, Instant until, Duration lookback) {
        if (meterChannels.isEmpty()) {
            return Flux.empty();
        }
        String[] meters = meterChannels.stream().map(p -> p[0]).toArray(String[]::new);
        String[] channels = meterChannels.stream().map(p -> p[1]).toArray(String[]::new);
        return db.sql(LATEST).bind("meters", meters).bind("channels", channels)
                .bind("since", until.minus(lookback).atOffset(ZoneOffset.UTC))
                .bind("until", until.atOffset(ZoneOffset.UTC))
                .map(row -> new LastReading(row.get("meter_id", String.class), row.get("channel", String.class),
                        row.get("ts", OffsetDateTime.class).toInstant(),
                        row.get("received_at", OffsetDateTime.class).toInstant()))
                .all();
    }
}
