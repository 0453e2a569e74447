package nl.heerlen.energiemonitor.ingest;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Keeps rejected input with its reason; one multi-row statement per batch. */
@Repository
class RejectionStore {
    private static final String INSERT = """
            insert into rejected_reading (source, topic, installer_id, meter_id, reason, detail, raw_payload, job_id, line_number)
            select * from unnest(:sources::text[], :topics::text[], :installers::text[], :meters::text[],
                                 :reasons::text[], :details::text[], :raws::text[], :jobs::uuid[], :lines::int8[])
            """;

    private final DatabaseClient db;

    RejectionStore(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> store(List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return Mono.just(0L);
        }
        int n = rejections.size();
        String[][] columns = new String[7][n];
        java.util.UUID[] jobs = new java.util.UUID[n];
        Long[] lines = new Long[n];
        for (int i = 0; i < n; i++) {
            Rejection r = rejections.get(i);
            columns[0][i] = r.source();
            columns[1][i] = clean(r.topic());
            columns[2][i] = r.installerId();
            columns[3][i] = r.meterId();
            columns[4][i] = r.reason().tag();
            columns[5][i] = clean(r.detail());
            columns[6][i] = clean(r.raw());
            jobs[i] = r.jobId();
            lines[i] = r.line();
        }
        return db.sql(INSERT).bind("sources", columns[0]).bind("topics", columns[1]).bind("installers", columns[2])
                .bind("meters", columns[3]).bind("reasons", columns[4]).bind("details", columns[5])
                .bind("raws", columns[6]).bind("jobs", jobs).bind("lines", lines).fetch().rowsUpdated();
    }

    /** PostgreSQL text cannot hold NUL characters; keep everything else as sent. */
    static String clean(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
