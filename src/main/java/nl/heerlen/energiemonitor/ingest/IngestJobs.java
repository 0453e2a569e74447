package nl.heerlen.energiemonitor.ingest;

import java.util.List;
import java.util.UUID;
import nl.heerlen.energiemonitor.readings.StoreOutcome;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Progress of HTTP uploads, in the database so that any instance can answer a poll. */
@Repository
class IngestJobs {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient db;

    IngestJobs(DatabaseClient db) {
        this.db = db;
    }

    Mono<UUID> start(CurrentUser user) {
        UUID id = UUID.randomUUID();
        var spec = db.sql("insert into ingest_job (id, installer_id, submitted_by, state) values (:id, :i, :by, 'running')")
                .bind("id", id).bind("by", user.name());
        spec = user.installer() == null ? spec.bindNull("i", String.class) : spec.bind("i", user.installer());
        return spec.fetch().rowsUpdated().thenReturn(id);
    }

    /** Adds a chunk's counts; {@code first} is the upload's first rejections so far. */
    Mono<Void> progress(UUID id, long lines, StoreOutcome outcome, long rejected, List<IngestSummary.RejectionView> first) {
        return db.sql("""
                        update ingest_job set lines = lines + :lines, accepted = accepted + :a, duplicates = duplicates + :d,
                               conflicts = conflicts + :c, rejected = rejected + :r, updated_at = now(),
                               first_rejections = :first
                        where id = :id""")
                .bind("id", id).bind("lines", lines).bind("a", outcome.inserted()).bind("d", outcome.duplicates())
                .bind("c", outcome.conflicts()).bind("r", rejected)
                .bind("first", JSON.writeValueAsString(first)).fetch().rowsUpdated().then();
    }

    Mono<Void> finish(UUID id, String error) {
        var spec = db.sql("update ingest_job set state = :s, error = :e, finished_at = now(), updated_at = now() where id = :id")
                .bind("id", id).bind("s", error == null ? "done" : "failed");
        return (error == null ? spec.bindNull("e", String.class) : spec.bind("e", error)).fetch().rowsUpdated().then();
    }

    /** The job, if the user may see it: installers see their own company's jobs. */
    Mono<IngestSummary> find(UUID id, CurrentUser user) {
        return db.sql("select * from ingest_job where id = :id").bind("id", id)
                .map(row -> new Object[] {row.get("installer_id", String.class), new IngestSummary(id.toString(),
                        row.get("state", String.class), row.get("lines", Long.class), row.get("accepted", Long.class),
                        row.get("duplicates", Long.class), row.get("conflicts", Long.class), row.get("rejected", Long.class),
                        List.of(JSON.readValue(row.get("first_rejections", String.class), IngestSummary.RejectionView[].class)))})
                .one()
                .filter(r -> user.installer() == null || user.installer().equals(r[0]))
                .map(r -> (IngestSummary) r[1]);
    }
}
