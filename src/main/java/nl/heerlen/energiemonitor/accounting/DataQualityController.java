package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import java.time.OffsetDateTime;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.BadRequest;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.r2dbc.core.DatabaseClient;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** Intervals the accounting excluded from totals because their rate is implausible. */
@RestController
class DataQualityController {
    private final DatabaseClient db;

    DataQualityController(DatabaseClient db) {
        this.db = db;
    }

    record ImplausibleView(String meterId, String channel, String start, String end, double energy) {
    }

    @GetMapping("/api/v1/data-quality/implausible")
    Flux<ImplausibleView> implausible(@RequestParam String from, @RequestParam String to) {
        TimeRange range = BadRequest.unless(() -> TimeRange.parse(from, to));
        // Energy of a home's meter is household data: admins only (docs/privacy.md).
        return CurrentUser.get().map(CurrentUser::isAdmin).defaultIfEmpty(false).flatMapMany(admin -> db.sql("""
                        select meter_id, channel, start_ts, end_ts, energy from implausible_interval
                        where end_ts > :from and start_ts < :to
                          and (:admin or meter_id not in (select m.id from meter m join site s on s.id = m.site_id where s.household))
                        order by start_ts, meter_id limit 10000""")
                .bind("admin", admin).bind("from", utc(range.from())).bind("to", utc(range.to()))
                .map(row -> new ImplausibleView(row.get("meter_id", String.class), row.get("channel", String.class),
                        local(row.get("start_ts", OffsetDateTime.class)), local(row.get("end_ts", OffsetDateTime.class)),
                        row.get("energy", Double.class)))
                .all());
    }

    private static String local(OffsetDateTime t) {
        return AmsterdamCalendar.local(t.toInstant()).toString();
    }
}
