package nl.heerlen.energiemonitor.registry;

import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** Sites with their classification (household or not); outside the admin role a home is shown without its name. */
@RestController
class SiteController {
    private final SiteCatalog sites;

    SiteController(SiteCatalog sites) {
        this.sites = sites;
    }

    @GetMapping("/api/v1/sites")
    Flux<Site> all() {
        return CurrentUser.get().map(CurrentUser::isAdmin).defaultIfEmpty(false).flatMapMany(admin -> sites.all()
                .map(s -> admin || !s.household() ? s
                        : new Site(s.id(), "woning", s.kind(), s.municipality(), s.measureCode(), true)));
    }
}
