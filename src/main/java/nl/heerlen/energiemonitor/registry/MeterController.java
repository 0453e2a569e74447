package nl.heerlen.energiemonitor.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The registered meters, read-only for now. */
@RestController
@RequestMapping("/api/v1/meters")
class MeterController {
    private final MeterCatalog catalog;

    MeterController(MeterCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    Flux<MeterView> all() {
        return catalog.all().map(MeterView::of);
    }

    @GetMapping("/{meterId}")
    Mono<MeterView> one(@PathVariable String meterId) {
        if (!MeterId.isValid(meterId)) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid meter id"));
        }
        return catalog.find(new MeterId(meterId)).map(MeterView::of)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown meter " + meterId)));
    }

    record ChannelView(String name, String unit, boolean cumulative) {
    }

    record MeterView(String id, String kind, String installerId, String siteId, Double capacityKwp,
                     Integer panelCount, String commissionedOn, String reportingInterval, List<ChannelView> channels) {
        static MeterView of(Meter m) {
            return new MeterView(m.id().value(), m.kind().wireName(), m.installerId().value(), m.siteId(),
                    m.capacityKwp(), m.panelCount(),
                    m.commissionedOn() == null ? null : m.commissionedOn().toString(),
                    m.reportingInterval().toString(),
                    m.channels().stream().map(c -> new ChannelView(c.wireName(), c.canonicalUnit(), c.cumulative())).toList());
        }
    }
}
