package nl.heerlen.energiemonitor.ingest;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What was rejected, when and why, with the raw input: installers see their own, admins everyone's. */
@RestController
class RejectionController {
    private static final String SELECT = """
            select id, received_at, source, topic, installer_id, meter_id, reason, detail, raw_payload, job_id,
                   line_number, resubmitted_at, deliveries, coalesce(last_seen_at, received_at) as last_seen_at
            from rejected_reading where (:installer::text is null or installer_id = :installer)
              and (:reason::text is null or reason = :reason) and id < :before
            order by id desc limit :limit
            """;

    private final DatabaseClient db;
    private final RejectionResubmission resubmission;

    RejectionController(DatabaseClient db, RejectionResubmission resubmission) {
        this.db = db;
        this.resubmission = resubmission;
    }

    /** {@code deliveries}: how often this input arrived (redeliveries and repeats); the last at {@code lastSeenAt}. */
    record RejectionRow(long id, String receivedAt, String source, String topic, String installerId, String meterId,
                        String reason, String detail, String raw, String jobId, Long line, String resubmittedAt,
                        int deliveries, String lastSeenAt) {
    }

    @GetMapping("/api/v1/installers/me/rejections")
    Flux<RejectionRow> mine(@RequestParam(required = false) String reason, @RequestParam(defaultValue = "100") int limit,
                            @RequestParam(defaultValue = "9223372036854775807") long before) {
        return CurrentUser.get().flatMapMany(user -> list(user.installer(), reason, limit, before));
    }

    @GetMapping("/api/v1/admin/rejections")
    Flux<RejectionRow> all(@RequestParam(required = false) String installer, @RequestParam(required = false) String reason,
                           @RequestParam(defaultValue = "100") int limit,
                           @RequestParam(defaultValue = "9223372036854775807") long before) {
        return list(installer, reason, limit, before);
    }

    /** Runs the installer's rejected readings through ingest again, e.g. after registering the missing meter. */
    @PostMapping("/api/v1/installers/me/rejections/resubmit")
    Mono<IngestSummary> resubmit() {
        return CurrentUser.get().flatMap(user -> resubmission.resubmit(user.installer()));
    }

    private Flux<RejectionRow> list(String installer, String reason, int limit, long before) {
        if (limit < 1 || limit > 1000) {
            return Flux.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1..1000"));
        }
        var spec = db.sql(SELECT).bind("limit", limit).bind("before", before);
        spec = installer == null ? spec.bindNull("installer", String.class) : spec.bind("installer", installer);
        spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
        return spec.map(row -> new RejectionRow(row.get("id", Long.class), text(row.get("received_at", OffsetDateTime.class)),
                row.get("source", String.class), row.get("topic", String.class), row.get("installer_id", String.class),
                row.get("meter_id", String.class), row.get("reason", String.class), row.get("detail", String.class),
                row.get("raw_payload", String.class), row.get("job_id", UUID.class) == null ? null : row.get("job_id", UUID.class).toString(),
                row.get("line_number", Long.class), text(row.get("resubmitted_at", OffsetDateTime.class)),
                row.get("deliveries", Integer.class), text(row.get("last_seen_at", OffsetDateTime.class)))).all();
    }

    private static String text(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
