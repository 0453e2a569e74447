package nl.heerlen.energiemonitor.registry;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.security.CurrentUser;
import nl.heerlen.energiemonitor.shared.BadRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Meters: everyone with a login reads what they may see; installers register and edit their own, admins all. */
@RestController
@RequestMapping("/api/v1/meters")
class MeterController {
    private final MeterCatalog catalog;
    private final MeterWrites writes;
    private final SiteCatalog sites;

    MeterController(MeterCatalog catalog, MeterWrites writes, SiteCatalog sites) {
        this.catalog = catalog;
        this.writes = writes;
        this.sites = sites;
    }

    @GetMapping
    Flux<MeterView> all() {
        return homes().flatMapMany(homes -> catalog.allVisible().map(m -> MeterView.of(m, homes)));
    }

    @GetMapping("/{meterId}")
    Mono<MeterView> one(@PathVariable String meterId) {
        return homes().flatMap(homes -> catalog.findVisible(BadRequest.unless(() -> new MeterId(meterId)))
                        .map(m -> MeterView.of(m, homes)))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown meter " + meterId)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MeterView> register(@RequestBody MeterRegistration request) {
        return owned(request, null).flatMap(meter -> writes.insert(meter, request)
                .flatMap(written -> written ? Mono.just(meter) : Mono.error(
                        new ResponseStatusException(HttpStatus.CONFLICT, "meter " + meter.id() + " exists already"))))
                .onErrorMap(DataIntegrityViolationException.class, MeterController::unknownReference)
                .doOnNext(meter -> catalog.evict(meter.id()))
                .flatMap(meter -> homes().map(homes -> MeterView.of(meter, homes)));
    }

    @PutMapping("/{meterId}")
    Mono<MeterView> update(@PathVariable String meterId, @RequestBody MeterRegistration request) {
        MeterId id = BadRequest.unless(() -> new MeterId(meterId));
        return catalog.find(id).filterWhen(existing -> CurrentUser.get()
                        .map(u -> u.mayChange(existing.installerId().value())).defaultIfEmpty(false))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown meter " + meterId)))
                .then(owned(request, meterId))
                .flatMap(meter -> writes.update(meter, request).thenReturn(meter))
                .onErrorMap(DataIntegrityViolationException.class, MeterController::unknownReference)
                .doOnNext(meter -> catalog.evict(meter.id()))
                .flatMap(meter -> homes().map(homes -> MeterView.of(meter, homes)));
    }

    private Mono<Set<String>> homes() {
        return sites.all().filter(Site::household).map(Site::id).collect(Collectors.toSet());
    }

    /** The validated meter, with the installer of an installer user filled in and checked. */
    private Mono<Meter> owned(MeterRegistration request, String pathId) {
        return CurrentUser.get().switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED)))
                .map(user -> {
                    String installer = request.installerId() == null && user.installer() != null
                            ? user.installer() : request.installerId();
                    if (!user.mayChange(installer)) {
                        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "installers register meters for their own company only");
                    }
                    return BadRequest.unless(() -> withInstaller(request, installer).validated(pathId));
                });
    }

    private static Throwable unknownReference(Throwable e) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown installer or site");
    }

    private static MeterRegistration withInstaller(MeterRegistration r, String installer) {
        return new MeterRegistration(r.id(), r.kind(), installer, r.siteId(), r.capacityKwp(), r.panelCount(),
                r.commissionedOn(), r.decommissionedOn(), r.azimuthDeg(), r.tiltDeg(), r.reportingInterval(), r.maxGap());
    }

    record ChannelView(String name, String unit, boolean cumulative) {
    }

    /** @param household the meter is in a home: its data is personal data (docs/privacy.md) */
    record MeterView(String id, String kind, String installerId, String siteId, Double capacityKwp,
                     Integer panelCount, String commissionedOn, String reportingInterval, List<ChannelView> channels,
                     boolean household) {
        static MeterView of(Meter m, Set<String> homes) {
            return new MeterView(m.id().value(), m.kind().wireName(), m.installerId().value(), m.siteId(),
                    m.capacityKwp(), m.panelCount(),
                    m.commissionedOn() == null ? null : m.commissionedOn().toString(),
                    m.reportingInterval().toString(),
                    m.channels().stream().map(c -> new ChannelView(c.wireName(), c.canonicalUnit(), c.cumulative())).toList(),
                    m.siteId() != null && homes.contains(m.siteId()));
        }
    }
}
