package nl.heerlen.energiemonitor.ingest;

import java.util.List;
import java.util.UUID;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** HTTP ingest for backfills and devices without MQTT: JSON of the MQTT contract plus "meter", or streamed CSV. */
@RestController
class HttpIngestController {
    private static final byte[] EMPTY = new byte[0];

    private final HttpJsonIngest json;
    private final CsvIngest csv;
    private final IngestJobs jobs;
    private final RejectionStore rejections;
    private final IngestMetrics metrics;
    private final IngestProperties properties;

    HttpIngestController(HttpJsonIngest json, CsvIngest csv, IngestJobs jobs, RejectionStore rejections,
                         IngestMetrics metrics, IngestProperties properties) {
        this.json = json;
        this.csv = csv;
        this.jobs = jobs;
        this.rejections = rejections;
        this.metrics = metrics;
        this.properties = properties;
    }

    /** JSON of the MQTT contract with "meter", or a SenML pack (application/senml+json) with ?meter=. */
    @PostMapping(path = "/api/v1/readings", consumes = {"application/json", "application/senml+json"})
    Mono<ResponseEntity<IngestSummary>> json(ServerHttpRequest request,
                                             @org.springframework.web.bind.annotation.RequestParam(required = false) String meter) {
        int limit = (int) properties.maxPayloadSize().toBytes();
        return user().flatMap(user -> DataBufferUtils.join(request.getBody(), limit)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(user, limit))
                // an empty body has no buffers to join; it is a payload too, refused and counted like any other
                .defaultIfEmpty(EMPTY)
                .flatMap(bytes -> json.ingest(bytes, meter, user))
                .map(summary -> ResponseEntity.status(summary.accepted() + summary.duplicates() == 0 && summary.rejected() > 0
                        ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(summary)));
    }

    @PostMapping(path = "/api/v1/readings", consumes = "text/csv")
    Mono<IngestSummary> csv(ServerHttpRequest request) {
        return user().flatMap(user -> csv.start(user).flatMap(id -> upload(id, request, user)));
    }

    /** Starts an upload whose progress can be polled while its body is sent with PUT …/{id}/csv. */
    @PostMapping("/api/v1/ingest-jobs")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<IngestSummary> createJob() {
        return user().flatMap(user -> csv.start(user).flatMap(id -> jobs.find(id, user)));
    }

    @PutMapping(path = "/api/v1/ingest-jobs/{id}/csv", consumes = "text/csv")
    Mono<IngestSummary> uploadToJob(@PathVariable UUID id, ServerHttpRequest request) {
        return user().flatMap(user -> jobs.find(id, user)
                .filter(job -> "running".equals(job.state()) && job.lines() == 0)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no open upload job " + id)))
                .flatMap(job -> upload(id, request, user)));
    }

    @GetMapping("/api/v1/ingest-jobs/{id}")
    Mono<IngestSummary> job(@PathVariable UUID id) {
        return user().flatMap(user -> jobs.find(id, user))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown upload job " + id)));
    }

    private Mono<IngestSummary> upload(UUID id, ServerHttpRequest request, CurrentUser user) {
        return csv.ingest(id, request.getBody(), user)
                .onErrorMap(IllegalArgumentException.class, e -> new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage()))
                .onErrorMap(DataBufferLimitException.class, e -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "a CSV line is longer than " + CsvIngest.MAX_LINE_BYTES + " bytes"));
    }

    private Mono<byte[]> tooLarge(CurrentUser user, int limit) {
        Rejection rejection = new Rejection(InboundMessage.HTTP, null, user.installer(), null,
                RejectionReason.PAYLOAD_TOO_LARGE, "body larger than " + limit + " bytes", null, null, null, null);
        return rejections.store(List.of(rejection)).doOnNext(metrics::rejections).then(Mono.error(new ResponseStatusException(
                HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + limit + " bytes; send CSV for large uploads")));
    }

    private static Mono<CurrentUser> user() {
        return CurrentUser.get().switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
    }

}
