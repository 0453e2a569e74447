package nl.heerlen.energiemonitor.support;

import java.time.Duration;

/**
 * The accounting's queue of changed ranges, as test classes leave it to each other. Claims take the oldest changes
 * first, so a class that leaves a backlog (a simulated day of the fleet took 55 s to recompute) makes the next class's
 * waits for its own rollups time that backlog instead.
 */
public final class AccountingBacklog {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private AccountingBacklog() {
    }

    /**
     * Waits until no change waits for recomputation (set-aside ranges do not wait). Returns at once when this run has
     * no test database yet: then no service context ingested anything.
     */
    public static void awaitRecomputed() {
        if (!TestDatabase.created() || TestSql.single("select to_regclass('accounting_dirty')") == null) {
            return;
        }
        IntegrationTestSupport.await(TIMEOUT, "the changes earlier tests left recomputed", () -> TestSql.count(
                "select count(*) from accounting_dirty where set_aside_at is null") == 0);
    }
}
