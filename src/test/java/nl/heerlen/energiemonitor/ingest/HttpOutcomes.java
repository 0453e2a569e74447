package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service answered to each hostile HTTP request, checked per request and summed, so that the fuzz test can
 * compare the service's counters with the responses instead of only with the number of requests. A 200 or 422 must
 * carry a summary in which every line of the payload is accepted, a duplicate or rejected (a conflict is a duplicate
 * with another value); a 413 is one rejection of its own (the body was never read).
 */
final class HttpOutcomes {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Map<Integer, Integer> statuses = new TreeMap<>();
    long accepted;
    long duplicates;
    long conflicts;
    long rejected;

    /** {@code expectedLines}: readings or whole-payload rejections the request must come to. */
    void add(String kind, int status, byte[] body, int expectedLines) {
        statuses.merge(status, 1, Integer::sum);
        assertThat(status).as("HTTP status for %s", kind).isLessThan(500);
        if (status == 413) {
            rejected++;
            return;
        }
        if (status == 401) {
            return;
        }
        assertThat(status).as("HTTP status for %s", kind).isIn(200, 422);
        assertThat(body).as("summary of the %d answer to %s", status, kind).isNotNull().isNotEmpty();
        JsonNode summary = JSON.readTree(body);
        long lines = summary.get("lines").asLong();
        long a = summary.get("accepted").asLong();
        long d = summary.get("duplicates").asLong();
        long c = summary.get("conflicts").asLong();
        long r = summary.get("rejected").asLong();
        assertThat(lines).as("lines of %s: %s", kind, summary).isEqualTo(expectedLines);
        assertThat(a + d + r).as("accepted + duplicates + rejected of %s: %s", kind, summary).isEqualTo(lines);
        assertThat(c).as("conflicts among the duplicates of %s", kind).isBetween(0L, d);
        accepted += a;
        duplicates += d - c;
        conflicts += c;
        rejected += r;
    }

    int unauthorized() {
        return statuses.getOrDefault(401, 0);
    }

    long total() {
        return accepted + duplicates + conflicts + rejected;
    }
}
