package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.heerlen.energiemonitor.privacy.HouseholdAccess;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.registry.MeterKind;
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
import reactor.core.publisher.Mono;

/**
 * Energy per bucket from the stored rollups, for one meter or a group of meters. Outside the admin role a household
 * meter is not shown alone, and a bucket of a group total that fewer than N homes gave data for comes back marked
 * suppressed (docs/privacy.md).
 */
@RestController
class EnergyController {
    static final int MAX_BUCKETS = 10_000;

    private final RollupQueries rollups;
    private final MeterCatalog catalog;
    private final HouseholdAccess households;

    EnergyController(RollupQueries rollups, MeterCatalog catalog, HouseholdAccess households) {
        this.rollups = rollups;
        this.catalog = catalog;
        this.households = households;
    }

    @GetMapping("/api/v1/meters/{meterId}/energy")
    Flux<BucketView> meter(@PathVariable String meterId, @RequestParam String channel, @RequestParam String from,
                           @RequestParam String to, @RequestParam(defaultValue = "hour") String resolution) {
        MeterId id = BadRequest.unless(() -> new MeterId(meterId));
        return catalog.findVisible(id)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown meter " + meterId)))
                .flatMap(meter -> households.readable(meter, "energy"))
                .flatMapMany(meter -> buckets(List.of(meter), channel, from, to, resolution, null));
    }

    /** Totals over a group: the meters of a measure, a kind, a site or an installer (filters combine). */
    @GetMapping("/api/v1/energy")
    Flux<BucketView> group(@RequestParam(required = false) String measure,
                           @RequestParam(required = false) String kind, @RequestParam(required = false) String site,
                           @RequestParam(required = false) String installer, @RequestParam String channel,
                           @RequestParam String from, @RequestParam String to,
                           @RequestParam(defaultValue = "day") String resolution) {
        MeterKind meterKind = kind == null ? null : MeterKind.fromWireName(kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown meter kind " + kind));
        return (measure == null ? catalog.all() : catalog.ofMeasure(measure))
                .filter(m -> meterKind == null || m.kind() == meterKind)
                .filter(m -> site == null || site.equals(m.siteId()))
                .filter(m -> installer == null || installer.equals(m.installerId().value()))
                .collectList()
                .flatMapMany(meters -> buckets(meters, channel, from, to, resolution, site != null || installer != null));
    }

    /** @param narrowed null for a single meter (access checked already); for a group, whether a site or installer
     *                 filter narrowed it: then it may hold no homes outside the admin role */
    private Flux<BucketView> buckets(List<Meter> meters, String channelName, String from, String to, String res,
                                     Boolean narrowed) {
        Channel channel = Channel.fromWireName(channelName).filter(Channel::cumulative).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "channel must be a cumulative channel"));
        Resolution resolution = BadRequest.unless(() -> Resolution.parse(res));
        TimeRange requested = BadRequest.unless(() -> TimeRange.parse(from, to));
        TimeRange range = new TimeRange(resolution.floor(requested.from()), resolution.ceil(requested.to()));
        if (range.duration().toMinutes() / 15 > (long) MAX_BUCKETS * (resolution == Resolution.QUARTER_HOUR ? 1 : 96)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "range too long for this resolution");
        }
        if (meters.isEmpty()) {
            return Flux.empty();
        }
        String[] ids = meters.stream().map(m -> m.id().value()).toArray(String[]::new);
        Mono<Set<Instant>> suppressed = narrowed == null ? Mono.just(Set.of())
                : households.group(meters, narrowed).flatMap(homes ->
                        rollups.suppressedBuckets(homes, channel.wireName(), range, resolution));
        return suppressed.flatMapMany(hide -> rows(ids, channel, range, resolution)
                .map(b -> hide.contains(b.start()) ? BucketView.suppressed(b, channel) : BucketView.of(b, channel)));
    }

    private Flux<EnergyBucket> rows(String[] ids, Channel channel, TimeRange range, Resolution resolution) {
        return rollups.rows(ids, channel.wireName(), range, resolution)
                .flatMapIterable(rows -> BucketAggregator.aggregate(rows, resolution, range.from(), range.to()));
    }

    /** @param suppressed true when fewer than N homes of a measure and kind gave data for the bucket: no value,
     *                   coverage or estimate is given */
    record BucketView(String start, String end, Double value, String unit, Double coverage, Boolean estimated,
                      boolean suppressed) {
        static BucketView of(EnergyBucket b, Channel channel) {
            return new BucketView(AmsterdamCalendar.local(b.start()).toString(), AmsterdamCalendar.local(b.end()).toString(),
                    b.value(), channel.canonicalUnit(), b.coverage(), b.estimated(), false);
        }

        static BucketView suppressed(EnergyBucket b, Channel channel) {
            return new BucketView(AmsterdamCalendar.local(b.start()).toString(), AmsterdamCalendar.local(b.end()).toString(),
                    null, channel.canonicalUnit(), null, null, true);
        }
    }
}
