package nl.heerlen.energiemonitor.readings;

import nl.heerlen.energiemonitor.privacy.HouseholdAccess;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.BadRequest;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;

/**
 * Raw readings of one meter, for checking a device; reports use the accounting's rollups instead. A household meter's
 * readings are for its installer and (logged) admins only.
 */
@RestController
class ReadingController {
    static final int MAX_LIMIT = 50_000;

    private final ReadingQueries queries;
    private final MeterCatalog catalog;
    private final HouseholdAccess households;

    ReadingController(ReadingQueries queries, MeterCatalog catalog, HouseholdAccess households) {
        this.queries = queries;
        this.catalog = catalog;
        this.households = households;
    }

    @GetMapping("/api/v1/meters/{meterId}/readings")
    Flux<ReadingView> readings(@PathVariable String meterId, @RequestParam String from, @RequestParam String to,
                               @RequestParam(required = false) String channel,
                               @RequestParam(defaultValue = "10000") int limit) {
        TimeRange range = BadRequest.unless(() -> TimeRange.parse(from, to));
        Channel wanted = channel == null ? null : Channel.fromWireName(channel)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown channel " + channel));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT);
        }
        MeterId id = BadRequest.unless(() -> new MeterId(meterId));
        return catalog.findVisible(id)
                .switchIfEmpty(reactor.core.publisher.Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown meter " + meterId)))
                .flatMap(meter -> households.readable(meter, "readings"))
                .flatMapMany(meter -> queries.find(id, wanted, range, limit))
                .map(r -> new ReadingView(AmsterdamCalendar.local(r.ts()).toString(), r.channel().wireName(),
                        r.value(), r.channel().canonicalUnit()));
    }

    record ReadingView(String ts, String channel, double value, String unit) {
    }
}
