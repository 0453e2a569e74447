package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What a claim takes from the real queue. Rows are queued and claimed in one transaction that is rolled back, so the
 * accounting workers of the test contexts (which see only committed rows) cannot take them first; what other tests
 * left queued is deleted in that transaction too (and so kept), so that a claim sees only this test's rows; rows a
 * worker holds are skipped by both, as by every claim.
 */
@IntegrationTest
class DirtyQueueIntegrationTests extends IntegrationTestSupport {
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @Autowired
    DirtyQueue queue;
    @Autowired
    DatabaseClient db;
    @Autowired
    TransactionalOperator transaction;

    private final String busy = "dq-busy-" + UUID.randomUUID();
    private final String waiting = "dq-waiting-" + UUID.randomUUID();
    private final String fresh = "dq-fresh-" + UUID.randomUUID();

    @Test
    void aClaimTakesEveryQueuedRangeOfTheChannelsItPicksButOnlyPicksSettledOnes() {
        List<List<ClaimedRange>> claims = rolledBack(queued()
                .then(queue.claim(1, SETTLE, 100))
                .flatMap(first -> queue.claim(10, SETTLE, 100).map(second -> List.of(first, second))));

        List<ClaimedRange> first = claims.get(0);
        assertThat(first).as("the oldest settled row picks its channel, and all of that channel's rows come with it")
                .hasSize(1);
        assertThat(first.get(0).range()).isEqualTo(new DirtyRange(busy, "pv_energy",
                Instant.parse("2026-06-01T10:00:00Z"), Instant.parse("2026-06-01T10:45:00Z")));
        assertThat(first.get(0).ids()).hasSize(3);

        assertThat(claims.get(1)).as("the second claim gets the other settled channel; the fresh one waits")
                .extracting(c -> c.range().meterId()).containsExactly(waiting);
    }

    @Test
    void withoutSettlingEveryChannelIsClaimable() {
        List<ClaimedRange> claimed = rolledBack(queued().then(queue.claim(10, Duration.ZERO, 100)));

        assertThat(claimed).extracting(c -> c.range().meterId()).containsExactlyInAnyOrder(busy, waiting, fresh);
    }

    @Test
    void aClaimTakesAtMostTheGivenNumberOfRowsOldestFirst() {
        List<ClaimedRange> claimed = rolledBack(queued().then(queue.claim(1, SETTLE, 2)));

        assertThat(ClaimedRange.rows(claimed)).isEqualTo(2);
        assertThat(claimed.get(0).range().from()).isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));
    }

    private Mono<Void> queued() {
        // SKIP LOCKED: a worker's claim may run for a while; the rows it holds are skipped by the claims here too
        return db.sql("delete from accounting_dirty where id in (select id from accounting_dirty for update skip locked)")
                .then()
                .then(queue(busy, "10:00", "10:15", "10 years")
                .then(queue(waiting, "10:00", "10:15", "9 years"))
                .then(queue(busy, "10:15", "10:30", "0 seconds"))
                .then(queue(busy, "10:30", "10:45", "0 seconds"))
                .then(queue(fresh, "10:00", "10:15", "0 seconds")));
    }

    private Mono<Void> queue(String meter, String from, String to, String age) {
        return db.sql("insert into accounting_dirty (meter_id, channel, from_ts, to_ts, created_at) "
                        + "values (:m, 'pv_energy', :from::timestamptz, :to::timestamptz, now() - :age::interval)")
                .bind("m", meter).bind("from", "2026-06-01T" + from + "Z").bind("to", "2026-06-01T" + to + "Z")
                .bind("age", age).then();
    }

    private <T> T rolledBack(Mono<T> work) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return work;
        }).single().block(Duration.ofSeconds(30));
    }
}
