package nl.heerlen.energiemonitor.accounting;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * How far behind the rollups are: changed ranges waiting and the age of the oldest; of those, the ones waiting to be
 * tried again after a failure; and the ranges set aside after repeated failures, which wait for an operator.
 */
@RestController
class AccountingStatusController {
    private final DatabaseClient db;

    AccountingStatusController(DatabaseClient db) {
        this.db = db;
    }

    record AccountingStatus(long pendingRanges, double lagSeconds, String oldestPending, long retryingRanges,
                            long failedRanges) {
    }

    @GetMapping("/api/v1/accounting/status")
    Mono<AccountingStatus> status() {
        return db.sql("""
                        select count(*) filter (where set_aside_at is null) as pending,
                               coalesce(extract(epoch from now() - min(created_at) filter (where set_aside_at is null)), 0) as lag,
                               (min(created_at) filter (where set_aside_at is null))::text as oldest,
                               count(*) filter (where set_aside_at is null and attempts > 0) as retrying,
                               count(*) filter (where set_aside_at is not null) as failed
                        from accounting_dirty""")
                .map(row -> new AccountingStatus(row.get("pending", Long.class),
                        row.get("lag", Number.class).doubleValue(), row.get("oldest", String.class),
                        row.get("retrying", Long.class), row.get("failed", Long.class)))
                .one();
    }
}
