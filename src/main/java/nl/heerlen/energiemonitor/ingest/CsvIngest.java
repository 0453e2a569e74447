package nl.heerlen.energiemonitor.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.heerlen.energiemonitor.readings.Reading;
import nl.heerlen.energiemonitor.readings.ReadingCopy;
import nl.heerlen.energiemonitor.readings.StoreOutcome;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.StringDecoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple2;

/**
 * A CSV upload, streamed: lines are decoded as they arrive and written in chunks through COPY, so millions of rows
 * never sit in memory. Good lines are stored, every bad line is kept with its number and reason.
 */
@Component
class CsvIngest {
    static final int CHUNK_LINES = 10_000;
    /** Chunks in work at once, each written in its own transaction: one is checked while another is written. */
    static final int CHUNKS_AT_ONCE = 2;
    static final int MAX_LINE_BYTES = 64 * 1024;

    private final MeterCatalog catalog;
    private final ReadingCopy copy;
    private final RejectionStore rejections;
    private final IngestJobs jobs;
    private final IngestMetrics metrics;
    private final IngestProperties properties;
    private final StringDecoder lines = StringDecoder.allMimeTypes(List.of("\n"), true);

    CsvIngest(MeterCatalog catalog, ReadingCopy copy, RejectionStore rejections, IngestJobs jobs, IngestMetrics metrics,
              IngestProperties properties) {
        this.catalog = catalog;
        this.copy = copy;
        this.rejections = rejections;
        this.jobs = jobs;
        this.metrics = metrics;
        this.properties = properties;
        lines.setMaxInMemorySize(MAX_LINE_BYTES);
    }

    Mono<UUID> start(CurrentUser user) {
        return jobs.start(user);
    }

    /** Completes when the upload is stored; the job then holds the final counts. */
    Mono<IngestSummary> ingest(UUID jobId, Flux<DataBuffer> body, CurrentUser user) {
        CsvUpload upload = new CsvUpload();
        ReadingCopy.Upload batches = copy.upload();
        return lines.decode(body, ResolvableType.forClass(String.class), null, Map.of())
                .index()
                .switchOnFirst((first, all) -> {
                    if (!first.hasValue()) {
                        return Flux.error(new IllegalArgumentException("the upload is empty"));
                    }
                    int[] columns = CsvRow.header(first.get().getT2().strip());
                    return all.skip(1).filter(t -> !t.getT2().isBlank())
                            .buffer(CHUNK_LINES)
                            // One chunk is parsed and checked on a worker thread while the one before is written:
                            // parsing on the database's event-loop thread left the two cores taking turns.
                            .flatMapSequential(chunk -> Mono.fromCallable(() -> parse(chunk, columns))
                                    .subscribeOn(Schedulers.parallel())
                                    .flatMap(rows -> store(jobId, rows, user, batches)), CHUNKS_AT_ONCE, 1);
                })
                // Progress in upload order, so the job's first rejections are the upload's first.
                .concatMap(stored -> jobs.progress(jobId, stored.lines(), stored.outcome(), stored.rejected().size(),
                        upload.firstRejections(stored.rejected())), 1)
                .then(jobs.finish(jobId, null))
                .onErrorResume(e -> jobs.finish(jobId, e.getMessage()).then(Mono.error(e)))
                .then(jobs.find(jobId, user));
    }

    private static List<CsvRow> parse(List<Tuple2<Long, String>> lines, int[] columns) {
        List<CsvRow> rows = new ArrayList<>(lines.size());
        for (Tuple2<Long, String> line : lines) {
            rows.add(CsvRow.parse(line.getT1() + 1, line.getT2().strip(), columns));
        }
        return rows;
    }

    /** What a chunk left behind: its line count, what happened to its readings, and its rejections. */
    private record StoredChunk(int lines, StoreOutcome outcome, List<Rejection> rejected) {
    }

    private Mono<StoredChunk> store(UUID jobId, List<CsvRow> chunk, CurrentUser user, ReadingCopy.Upload batches) {
        return Flux.fromIterable(chunk).filter(CsvRow::complete).map(CsvRow::meter).distinct().filter(MeterId::isValid)
                .flatMap(id -> catalog.find(new MeterId(id)), 8)
                .collectMap(m -> m.id().value())
                .publishOn(Schedulers.parallel())
                .flatMap(meters -> {
                    List<Reading> good = new ArrayList<>(chunk.size());
                    List<Rejection> bad = new ArrayList<>();
                    Instant latest = Clock.systemUTC().instant().plus(properties.maxClockSkew());
                    for (CsvRow row : chunk) {
                        CsvRowCheck.check(row, meters, user, latest, jobId, good, bad);
                    }
                    return batches.store(good).flatMap(outcome -> rejections.store(bad).map(rejected -> {
                        metrics.rejections(rejected);
                        metrics.stored(InboundMessage.HTTP, outcome);
                        return new StoredChunk(chunk.size(), outcome, bad);
                    }));
                });
    }

    /** Keeps the first rejections of an upload for its summary. */
    static final class CsvUpload {
        private final List<IngestSummary.RejectionView> first = new ArrayList<>();

        synchronized List<IngestSummary.RejectionView> firstRejections(List<Rejection> more) {
            for (Rejection r : more) {
                if (first.size() < IngestSummary.FIRST_REJECTIONS) {
                    first.add(IngestSummary.RejectionView.of(r.line(), r));
                }
            }
            return List.copyOf(first);
        }
    }

}
