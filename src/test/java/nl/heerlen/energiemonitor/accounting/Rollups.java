package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import nl.heerlen.energiemonitor.support.TestSql;

/** Test helper: waits until every changed range is in the rollups (draining the queue from the test too). */
final class Rollups {
    private Rollups() {
    }

    static void settle(AccountingWorker worker) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            worker.drain().block();
            if (TestSql.count("select count(*) from accounting_dirty") == 0) {
                return;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("rollups not current after 60 s");
    }
}
