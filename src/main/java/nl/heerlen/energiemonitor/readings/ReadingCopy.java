package nl.heerlen.energiemonitor.readings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Wrapped;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Stores large batches (CSV backfills) through PostgreSQL's COPY. A batch of new readings, the common case, is copied
 * straight into {@code reading} and its dirty ranges computed here; a batch with a key stored before or twice makes
 * that COPY fail (unique violation), is rolled back to a savepoint and goes through a temporary staging table and the
 * same idempotent statements as {@link ReadingStore}, which count and record duplicates and conflicts. Either way the
 * outcome, the stored rows, the conflicts and the dirty ranges are the same (ReadingCopyIntegrationTests).
 */
@Service
public class ReadingCopy {
    private static final String STAGED = "select * from reading_stage";
    private static final String STAGE = "create temp table reading_stage (meter_id text, channel text, ts timestamptz, "
            + "value float8, n bigint generated always as identity) on commit drop";
    private static final String SAVEPOINT = "direct_copy";
    /**
     * unique_violation: a key stored before or twice in the batch. deadlock_detected: the COPY took its keys in another
     * order than {@link KeyOrder} (TimescaleDB fills its chunks' buffers separately) while another transaction wrote
     * one of them; PostgreSQL chose the COPY to give way. Either way the staging path decides what is new.
     * No lock_timeout to make the COPY give way sooner: with 100 ms, two of four 2-million-row benchmark runs stopped
     * with 57014 "canceling statement due to user request" in the middle of a COPY while nothing cancelled anything,
     * most likely the timeout racing with the grant of the lock to extend the table that the other chunk's COPY held.
     */
    private static final Set<String> FALL_BACK = Set.of("23505", "40P01");

    /** How a batch was written: straight into reading, through the staging table after trying that, or staged only. */
    enum Path { DIRECT, FELL_BACK, STAGED }

    record Written(StoreOutcome outcome, Path path) {
    }

    private final ConnectionFactory connections;
    private final ReadingsProperties properties;
    private final Map<Path, Counter> batches = new EnumMap<>(Path.class);

    ReadingCopy(ConnectionFactory connections, ReadingsProperties properties, MeterRegistry registry) {
        this.connections = connections;
        this.properties = properties;
        for (Path path : Path.values()) {
            batches.put(path, Counter.builder("energiemonitor.readings.copy.batches")
                    .description("Batches stored through COPY, by path: direct into reading, fell back to the staging "
                            + "table (a key stored before or twice), staged only")
                    .tag("path", path.name().toLowerCase(Locale.ROOT).replace('_', '-')).register(registry));
        }
    }

    /** One batch on its own: COPY straight into reading first (unless switched off). */
    public Mono<StoreOutcome> store(List<Reading> readings) {
        return write(readings, properties.directCopy()).map(Written::outcome);
    }

    /** For the batches of one upload, which learn from each other which path to take. */
    public Upload upload() {
        return new Upload();
    }

    /**
     * After a batch that fell back (a re-sent backfill, most likely), the next ones of the upload go straight to the
     * staging table, which costs no failed COPY; the first of those that turns out all new brings the direct COPY back.
     */
    public final class Upload {
        private volatile boolean direct = true;

        private Upload() {
        }

        public Mono<StoreOutcome> store(List<Reading> readings) {
            return write(readings, direct && properties.directCopy()).map(written -> {
                direct = written.path() == Path.DIRECT
                        || written.path() == Path.STAGED && written.outcome().inserted() == readings.size();
                return written.outcome();
            });
        }
    }

    Mono<Written> write(List<Reading> readings, boolean direct) {
        if (readings.isEmpty()) {
            return Mono.just(new Written(StoreOutcome.NONE, Path.STAGED));
        }
        return Mono.usingWhen(connections.create(), c -> inTransaction(c, work(c, readings, direct)), Connection::close)
                .doOnNext(written -> batches.get(written.path()).increment());
    }

    /** The batch's statements in the caller's transaction. */
    Mono<Written> work(Connection connection, List<Reading> readings, boolean direct) {
        if (!direct) {
            return staged(connection, readings).map(outcome -> new Written(outcome, Path.STAGED));
        }
        List<Reading> sorted = KeyOrder.sorted(readings);
        DirtyRanges dirty = DirtyRanges.of(sorted);
        return Mono.from(connection.createSavepoint(SAVEPOINT))
                .then(copy(connection, "reading", sorted))
                .flatMap(rows -> rows == readings.size() ? markDirty(connection, dirty)
                        : Mono.error(new IllegalStateException("COPY stored " + rows + " of " + readings.size())))
                .thenReturn(new Written(StoreOutcome.allInserted(readings.size()), Path.DIRECT))
                .onErrorResume(ReadingCopy::fallsBack, e -> Mono.from(connection.rollbackTransactionToSavepoint(SAVEPOINT))
                        .then(staged(connection, readings))
                        .map(outcome -> new Written(outcome, Path.FELL_BACK)));
    }

    private static boolean fallsBack(Throwable e) {
        return e instanceof R2dbcException r && FALL_BACK.contains(r.getSqlState());
    }

    private static Mono<Void> markDirty(Connection connection, DirtyRanges dirty) {
        return Mono.from(connection.createStatement(DirtyRanges.INSERT).bind(0, dirty.meters())
                        .bind(1, dirty.channels()).bind(2, dirty.from()).bind(3, dirty.to()).execute())
                .flatMap(r -> Mono.from(r.getRowsUpdated())).then();
    }

    /** Today's way for a batch that may hold keys stored before: staging table, insert, conflicts if any. */
    private static Mono<StoreOutcome> staged(Connection connection, List<Reading> readings) {
        return execute(connection, STAGE)
                .then(copy(connection, "reading_stage", readings))
                .then(count(connection, ReadingStore.storeFrom(STAGED), "inserted"))
                .flatMap(inserted -> inserted == readings.size() ? Mono.just(StoreOutcome.allInserted(inserted))
                        : count(connection, ReadingStore.conflictsFrom(STAGED), "conflicts")
                        .map(conflicts -> new StoreOutcome(inserted, readings.size() - inserted, conflicts)));
    }

    /** Binary when it carries the readings exactly (whole microseconds), else CSV text. */
    private static Mono<Long> copy(Connection connection, String table, List<Reading> readings) {
        boolean binary = CopyBinary.fits(readings);
        String sql = "copy " + table + " (meter_id, channel, ts, value) from stdin (format " + (binary ? "binary)" : "csv)");
        return unwrap(connection).copyIn(sql, binary ? CopyBinary.data(readings) : CopyText.csv(readings));
    }

    private static <T> Mono<T> inTransaction(Connection connection, Mono<T> work) {
        return Mono.from(connection.beginTransaction())
                .then(work)
                .flatMap(result -> Mono.from(connection.commitTransaction()).thenReturn(result))
                .onErrorResume(e -> Mono.from(connection.rollbackTransaction()).then(Mono.error(e)));
    }

    private static Mono<Long> count(Connection connection, String sql, String column) {
        return Mono.from(connection.createStatement(sql).execute())
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get(column, Long.class))));
    }

    private static Mono<Void> execute(Connection connection, String sql) {
        return Mono.from(connection.createStatement(sql).execute()).flatMap(r -> Mono.from(r.getRowsUpdated())).then();
    }

    @SuppressWarnings("unchecked")
    private static PostgresqlConnection unwrap(Connection connection) {
        Connection current = connection;
        while (!(current instanceof PostgresqlConnection) && current instanceof Wrapped<?> wrapped) {
            current = ((Wrapped<Connection>) wrapped).unwrap();
        }
        if (current instanceof PostgresqlConnection postgres) {
            return postgres;
        }
        throw new IllegalStateException("COPY needs the PostgreSQL R2DBC driver, got " + connection.getClass());
    }
}
