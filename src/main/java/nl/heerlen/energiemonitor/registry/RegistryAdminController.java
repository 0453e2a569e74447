package nl.heerlen.energiemonitor.registry;

import java.util.Map;
import nl.heerlen.energiemonitor.shared.BadRequest;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Installers (read by staff) and the registration of installers and sites by admins; sites are read at SiteController. */
@RestController
class RegistryAdminController {
    private static final String SITE_COLUMNS = "id, name, kind, municipality, address, measure_code, household, latitude, longitude";

    private final DatabaseClient db;

    RegistryAdminController(DatabaseClient db) {
        this.db = db;
    }

    record InstallerRegistration(String id, String name, String contactEmail) {
    }

    @GetMapping("/api/v1/installers")
    Flux<Map<String, Object>> installers() {
        return db.sql("select id, name, contact_email as \"contactEmail\" from installer order by id").fetch().all();
    }

    @PostMapping("/api/v1/admin/installers")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<InstallerRegistration> registerInstaller(@RequestBody InstallerRegistration request) {
        InstallerId id = BadRequest.unless(() -> new InstallerId(request.id()));
        if (request.name() == null || request.name().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name is required");
        }
        var spec = db.sql("insert into installer (id, name, contact_email) values (:id, :name, :email) on conflict do nothing")
                .bind("id", id.value()).bind("name", request.name());
        spec = request.contactEmail() == null ? spec.bindNull("email", String.class) : spec.bind("email", request.contactEmail());
        return spec.fetch().rowsUpdated().flatMap(n -> n == 0
                ? Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, "installer " + id + " exists already"))
                : Mono.just(request));
    }

    @PostMapping("/api/v1/admin/sites")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SiteRegistration> registerSite(@RequestBody SiteRegistration request) {
        SiteRegistration site = BadRequest.unless(() -> request.validate(null));
        return bind(db.sql("insert into site (" + SITE_COLUMNS + ") values (:id, :name, :kind, :municipality, :address, "
                + ":measure, :household, :lat, :lon) on conflict do nothing"), site).fetch().rowsUpdated()
                .flatMap(n -> n == 0 ? Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, "site exists already"))
                        : Mono.just(site));
    }

    @PutMapping("/api/v1/admin/sites/{siteId}")
    Mono<SiteRegistration> updateSite(@PathVariable String siteId, @RequestBody SiteRegistration request) {
        SiteRegistration site = BadRequest.unless(() -> request.validate(siteId));
        return bind(db.sql("update site set name = :name, kind = :kind, municipality = :municipality, address = :address, "
                + "measure_code = :measure, household = :household, latitude = :lat, longitude = :lon where id = :id"), site)
                .fetch().rowsUpdated()
                .flatMap(n -> n == 0 ? Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown site")) : Mono.just(site));
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, SiteRegistration s) {
        spec = spec.bind("id", s.id()).bind("name", s.name()).bind("kind", s.kind()).bind("municipality", s.municipality())
                .bind("household", s.household());
        spec = SeedStatements.nullable(spec, "address", s.address(), String.class);
        spec = SeedStatements.nullable(spec, "measure", s.measureCode(), String.class);
        spec = SeedStatements.nullable(spec, "lat", s.latitude(), Double.class);
        return SeedStatements.nullable(spec, "lon", s.longitude(), Double.class);
    }
}
