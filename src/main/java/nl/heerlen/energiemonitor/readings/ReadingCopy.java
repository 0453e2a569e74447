package nl.heerlen.energiemonitor.readings;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores large batches through PostgreSQL's COPY into a temporary staging table, then applies the same idempotent
 * statement as {@link ReadingStore}: the fastest way in for backfills of millions of rows.
 */
@Service
public class ReadingCopy {
    private static final String STAGED = "select * from reading_stage";
    private static final int ROWS_PER_SLICE = 1_000;
    private static final String STAGE = "create temp table reading_stage (meter_id text, channel text, ts timestamptz, "
            + "value float8, n bigint generated always as identity) on commit drop";

    private final ConnectionFactory connections;

    ReadingCopy(ConnectionFactory connections) {
        this.connections = connections;
    }

    public Mono<StoreOutcome> store(List<Reading> readings) {
        if (readings.isEmpty()) {
            return Mono.just(StoreOutcome.NONE);
        }
        return Mono.usingWhen(connections.create(), connection -> inTransaction(connection, readings), Connection::close);
    }

    private Mono<StoreOutcome> inTransaction(Connection connection, List<Reading> readings) {
        PostgresqlConnection postgres = unwrap(connection);
        Mono<StoreOutcome> work = execute(connection, STAGE)
                .then(postgres.copyIn("copy reading_stage (meter_id, channel, ts, value) from stdin (format csv)",
                        csv(readings)))
                .then(count(connection, ReadingStore.storeFrom(STAGED), "inserted"))
                .flatMap(inserted -> inserted == readings.size() ? Mono.just(StoreOutcome.allInserted(inserted))
                        : count(connection, ReadingStore.conflictsFrom(STAGED), "conflicts")
                        .map(conflicts -> new StoreOutcome(inserted, readings.size() - inserted, conflicts)));
        return Mono.from(connection.beginTransaction())
                .then(work)
                .flatMap(outcome -> Mono.from(connection.commitTransaction()).thenReturn(outcome))
                .onErrorResume(e -> Mono.from(connection.rollbackTransaction()).then(Mono.error(e)));
    }

    private static Mono<Long> count(Connection connection, String sql, String column) {
        return Mono.from(connection.createStatement(sql).execute())
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get(column, Long.class))));
    }

    private static Mono<Void> execute(Connection connection, String sql) {
        return Mono.from(connection.createStatement(sql).execute()).flatMap(r -> Mono.from(r.getRowsUpdated())).then();
    }

    /**
     * The rows as COPY text, in slices written as COPY asks for them: one buffer for a whole chunk was a humongous
     * object for G1, and allocating those back to back started a concurrent mark cycle for every chunk.
     */
    private static Flux<ByteBuf> csv(List<Reading> readings) {
        int slices = (readings.size() + ROWS_PER_SLICE - 1) / ROWS_PER_SLICE;
        return Flux.range(0, slices).map(i -> slice(readings.subList(i * ROWS_PER_SLICE,
                Math.min(readings.size(), (i + 1) * ROWS_PER_SLICE))));
    }

    private static ByteBuf slice(List<Reading> readings) {
        StringBuilder text = new StringBuilder(readings.size() * 64);
        for (Reading r : readings) {
            // Ids are restricted to [A-Za-z0-9._-] and channels to known names: nothing needs quoting.
            text.append(r.meterId().value()).append(',').append(r.channel().wireName()).append(',')
                    .append(DateTimeFormatter.ISO_INSTANT.format(r.ts())).append(',').append(r.value()).append('\n');
        }
        return Unpooled.wrappedBuffer(text.toString().getBytes(StandardCharsets.UTF_8));
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
