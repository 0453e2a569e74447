package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import java.time.OffsetDateTime;
import nl.heerlen.energiemonitor.privacy.HouseholdAccess;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.BadRequest;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Average, minimum and maximum of instantaneous channels (power, temperatures) per bucket, from the stored quarter
 * hours; the average is weighted by samples. Days, months and years are Amsterdam calendar periods.
 */
@RestController
class MeasurementController {
    private static final String SQL = """
            select %s as start, sum(avg_value * samples) / sum(samples) as avg, min(min_value) as min,
                   max(max_value) as max, sum(samples) as samples
            from measurement_quarter_hour
            where meter_id = :m and channel = :c and bucket_start >= :from and bucket_start < :to
            group by 1 order by 1
            """;

    private final DatabaseClient db;
    private final MeterCatalog catalog;
    private final HouseholdAccess households;

    MeasurementController(DatabaseClient db, MeterCatalog catalog, HouseholdAccess households) {
        this.db = db;
        this.catalog = catalog;
        this.households = households;
    }

    record MeasurementView(String start, double avg, double min, double max, long samples, String unit) {
    }

    @GetMapping("/api/v1/meters/{meterId}/measurements")
    Flux<MeasurementView> measurements(@PathVariable String meterId, @RequestParam String channel,
                                       @RequestParam String from, @RequestParam String to,
                                       @RequestParam(defaultValue = "hour") String resolution) {
        MeterId id = BadRequest.unless(() -> new MeterId(meterId));
        Channel c = Channel.fromWireName(channel).filter(ch -> !ch.cumulative()).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "channel must be an instantaneous channel"));
        Resolution r = BadRequest.unless(() -> Resolution.parse(resolution));
        TimeRange range = BadRequest.unless(() -> TimeRange.parse(from, to));
        return catalog.findVisible(id)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown meter " + meterId)))
                .flatMap(meter -> households.readable(meter, "measurements"))
                .flatMapMany(meter -> db.sql(SQL.formatted(bucketExpression(r))).bind("m", id.value()).bind("c", c.wireName())
                .bind("from", utc(range.from())).bind("to", utc(range.to()))
                .map(row -> new MeasurementView(
                        AmsterdamCalendar.local(row.get("start", OffsetDateTime.class).toInstant()).toString(),
                        row.get("avg", Double.class), row.get("min", Double.class), row.get("max", Double.class),
                        row.get("samples", Number.class).longValue(), c.canonicalUnit()))
                .all());
    }

    /** SQL that maps a quarter hour's start to its bucket's start; date_bin runs on plain PostgreSQL and TimescaleDB. */
    static String bucketExpression(Resolution resolution) {
        return switch (resolution) {
            case QUARTER_HOUR -> "bucket_start";
            case HOUR -> "date_bin('1 hour', bucket_start, timestamptz '2000-01-01 00:00:00+00')";
            case DAY -> "date_trunc('day', bucket_start, 'Europe/Amsterdam')";
            case MONTH -> "date_trunc('month', bucket_start, 'Europe/Amsterdam')";
            case YEAR -> "date_trunc('year', bucket_start, 'Europe/Amsterdam')";
        };
    }

}
