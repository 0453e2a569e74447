package nl.heerlen.energiemonitor.accounting;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** How far behind the rollups are: changed ranges waiting and the age of the oldest. */
@RestController
class AccountingStatusController {
    private final DatabaseClient db;

    AccountingStatusController(DatabaseClient db) {
        this.db = db;
    }

    record AccountingStatus(long pendingRanges, double lagSeconds, String oldestPending) {
    }

    @GetMapping("/api/v1/accounting/status")
    Mono<AccountingStatus> status() {
        return db.sql("""
                        select count(*) as pending, coalesce(extract(epoch from now() - min(created_at)), 0) as lag,
                               min(created_at)::text as oldest
                        from accounting_dirty""")
                .map(row -> new AccountingStatus(row.get("pending", Long.class),
                        row.get("lag", Number.class).doubleValue(), row.get("oldest", String.class)))
                .one();
    }
}
