package nl.heerlen.energiemonitor.readings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Stores readings idempotently. One statement inserts the new rows and marks the touched ranges for the accounting, a
 * second records conflicting duplicates; callers run both in one transaction, so that either all of it happens or none.
 */
@Service
public class ReadingStore {
    private static final String UNNEST = """
            select * from unnest(:meters::text[], :channels::text[], :ts::timestamptz[], :values::float8[])
                with ordinality as t(meter_id, channel, ts, value, n)""";

    /**
     * Stores the rows of {@code input} (meter_id, channel, ts, value, n: the position in the batch) and marks dirty
     * ranges; returns "inserted". Of one key twice in the input, the first is stored.
     */
    static String storeFrom(String input) {
        return STORE.replace("$INPUT", input).replace("$KEY_ORDER", KeyOrder.SQL);
    }

    /**
     * Records the rows of {@code input} whose stored value differs; returns "conflicts". A statement of its own, run
     * after {@link #storeFrom} in the same transaction: only a new snapshot sees the row a concurrent transaction
     * committed while the insert waited for it, and a row this batch inserted itself (the same key twice in one batch).
     * Needed only when the insert left rows out: when every row was inserted, no key was there before or twice.
     */
    static String conflictsFrom(String input) {
        return CONFLICTS.replace("$INPUT", input);
    }

    private static final String STORE = """
            with input as ($INPUT), inserted as (
                insert into reading (meter_id, channel, ts, value)
                select meter_id, channel, ts, value from input
                -- in key order (KeyOrder), so that concurrent batches with common keys lock them in the same order
                -- (no deadlock), also against ReadingCopy's COPY straight into reading
                order by $KEY_ORDER, n
                on conflict do nothing
                returning meter_id, channel, ts
            ), dirty as (
                insert into accounting_dirty (meter_id, channel, from_ts, to_ts)
                select meter_id, channel, min(ts), max(ts) from inserted group by meter_id, channel
                returning 1
            )
            select (select count(*) from inserted) as inserted
            """;

    private static final String CONFLICTS = """
            with input as ($INPUT), conflicts as (
                insert into reading_conflict (meter_id, channel, ts, stored_value, rejected_value)
                select i.meter_id, i.channel, i.ts, r.value, i.value
                from input i join reading r using (meter_id, channel, ts)
                where r.value <> i.value
                returning 1
            )
            select count(*) as conflicts from conflicts
            """;

    private final DatabaseClient db;

    ReadingStore(DatabaseClient db) {
        this.db = db;
    }

    /** Stores the batch within the caller's transaction, if any. */
    public Mono<StoreOutcome> store(List<Reading> readings) {
        if (readings.isEmpty()) {
            return Mono.just(StoreOutcome.NONE);
        }
        int n = readings.size();
        String[] meters = new String[n];
        String[] channels = new String[n];
        OffsetDateTime[] ts = new OffsetDateTime[n];
        Double[] values = new Double[n];
        for (int i = 0; i < n; i++) {
            Reading r = readings.get(i);
            meters[i] = r.meterId().value();
            channels[i] = r.channel().wireName();
            ts[i] = r.ts().atOffset(ZoneOffset.UTC);
            values[i] = r.value();
        }
        return bind(db.sql(storeFrom(UNNEST)), meters, channels, ts, values).map(row -> row.get("inserted", Long.class)).one()
                .flatMap(inserted -> inserted == n ? Mono.just(StoreOutcome.allInserted(n))
                        : bind(db.sql(conflictsFrom(UNNEST)), meters, channels, ts, values)
                        .map(row -> new StoreOutcome(inserted, n - inserted, row.get("conflicts", Long.class))).one());
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String[] meters,
                                                          String[] channels, OffsetDateTime[] ts, Double[] values) {
        return spec.bind("meters", meters).bind("channels", channels).bind("ts", ts).bind("values", values);
    }
}
