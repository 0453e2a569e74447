package nl.heerlen.energiemonitor.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.Site;
import nl.heerlen.energiemonitor.registry.SiteCatalog;
import nl.heerlen.energiemonitor.security.CurrentUser;
import nl.heerlen.energiemonitor.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Who may see a single home's data: admins (every read is logged) and the installer of the meter (it checks its
 * devices; the catalog already hides other installers' meters). Analysts get 403: the meter is listed in the
 * registry, its data is not shown outside an aggregate.
 */
@Service
public class HouseholdAccess {
    private final SiteCatalog sites;
    private final AccessLog log;
    private final PrivacyProperties properties;

    HouseholdAccess(SiteCatalog sites, AccessLog log, PrivacyProperties properties) {
        this.sites = sites;
        this.log = log;
        this.properties = properties;
    }

    /** The meter, when the current user may read its data; for admins and household meters the read is logged. */
    public Mono<Meter> readable(Meter meter, String what) {
        if (meter.siteId() == null) {
            return Mono.just(meter);
        }
        return householdSites().flatMap(homes -> !homes.contains(meter.siteId()) ? Mono.just(meter)
                : CurrentUser.get().flatMap(user -> allowed(user, meter, what))
                .switchIfEmpty(Mono.error(denied())));
    }

    /**
     * The homes among these meters whose buckets the current user sees only in groups of N (none for admins).
     * Non-admins get household totals only per measure and meter kind: a site or installer filter (narrowed) could
     * cut a group down to, or differ by, a single home, so such a filter over homes is refused.
     */
    public Mono<HouseholdGroup> group(Collection<Meter> meters, boolean narrowed) {
        return CurrentUser.get().map(CurrentUser::isAdmin).defaultIfEmpty(false).flatMap(admin -> admin
                ? Mono.just(HouseholdGroup.none(properties.minGroupSize()))
                : homes().map(homes -> {
                    List<Meter> inHomes = meters.stream().filter(m -> m.siteId() != null && homes.containsKey(m.siteId()))
                            .toList();
                    if (narrowed && !inHomes.isEmpty()) {
                        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "household totals are given per measure "
                                + "and meter kind only; the site and installer filters cover homes (docs/privacy.md)");
                    }
                    return new HouseholdGroup(inHomes.stream().map(m -> m.id().value()).toList(),
                            inHomes.stream().map(Meter::siteId).toList(),
                            inHomes.stream().map(m -> HouseholdGroup.cell(homes.get(m.siteId()).measureCode(),
                                    m.kind().wireName())).toList(), properties.minGroupSize());
                }));
    }

    public int minGroupSize() {
        return properties.minGroupSize();
    }

    private Mono<Meter> allowed(CurrentUser user, Meter meter, String what) {
        if (user.role() == Role.ADMIN) {
            return log.record(user.name(), meter.siteId(), meter.id().value(), what).thenReturn(meter);
        }
        if (user.role() == Role.INSTALLER && user.maySee(meter.installerId().value())) {
            return Mono.just(meter);
        }
        return Mono.error(denied());
    }

    private Mono<Set<String>> householdSites() {
        return homes().map(Map::keySet);
    }

    private Mono<Map<String, Site>> homes() {
        return sites.all().filter(Site::household).collectMap(Site::id);
    }

    private static ResponseStatusException denied() {
        return new ResponseStatusException(HttpStatus.FORBIDDEN,
                "household data is shown only aggregated over groups of homes (docs/privacy.md)");
    }
}
