package nl.heerlen.energiemonitor.readings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.BadRequest;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.r2dbc.core.DatabaseClient;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** Duplicate readings whose value differed from the stored one: kept visible, never applied. */
@RestController
class ReadingConflictController {
    private final DatabaseClient db;

    ReadingConflictController(DatabaseClient db) {
        this.db = db;
    }

    record ConflictView(String meterId, String channel, String ts, double storedValue, double rejectedValue,
                        String receivedAt) {
    }

    @GetMapping("/api/v1/data-quality/conflicts")
    Flux<ConflictView> conflicts(@RequestParam String from, @RequestParam String to) {
        TimeRange range = BadRequest.unless(() -> TimeRange.parse(from, to));
        // Values of a home's meter are household data: admins only (docs/privacy.md).
        return CurrentUser.get().map(CurrentUser::isAdmin).defaultIfEmpty(false).flatMapMany(admin -> db.sql("""
                        select meter_id, channel, ts, stored_value, rejected_value, received_at from reading_conflict
                        where ts >= :from and ts < :to
                          and (:admin or meter_id not in (select m.id from meter m join site s on s.id = m.site_id where s.household))
                        order by ts, meter_id limit 10000""")
                .bind("admin", admin).bind("from", range.from().atOffset(ZoneOffset.UTC)).bind("to", range.to().atOffset(ZoneOffset.UTC))
                .map(row -> new ConflictView(row.get("meter_id", String.class), row.get("channel", String.class),
                        local(row.get("ts", OffsetDateTime.class)), row.get("stored_value", Double.class),
                        row.get("rejected_value", Double.class), local(row.get("received_at", OffsetDateTime.class))))
                .all());
    }

    private static String local(OffsetDateTime t) {
        return AmsterdamCalendar.local(t.toInstant()).toString();
    }
}
