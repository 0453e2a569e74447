package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import nl.heerlen.energiemonitor.support.TestSql;
import org.springframework.context.ApplicationContext;

/** Test helper: waits until the changed ranges of the given meters are in the rollups (draining the queue from the test too). */
public final class Rollups {
    private Rollups() {
    }

    /** For tests of other modules, which cannot name the worker. */
    public static void settle(ApplicationContext context, String... meters) {
        settle(context.getBean(AccountingWorker.class), meters);
    }

    /**
     * Only the test's own meters count: ranges left by other test classes (a large backfill, a poisoned range) would
     * otherwise make a test wait for work that is not its own.
     */
    static void settle(AccountingWorker worker, String... meters) {
        if (meters.length == 0) {
            throw new IllegalArgumentException("name the meters whose rollups the test needs");
        }
        // generous: the drain takes the oldest changes first, and earlier classes can leave a minute of them
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        do {
            worker.drain().block();
            if (TestSql.count("select count(*) from accounting_dirty where meter_id = any(string_to_array(?, ','))",
                    String.join(",", meters)) == 0) {
                return;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("rollups of " + String.join(", ", meters) + " not current after 3 minutes");
    }
}
