package nl.heerlen.energiemonitor.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import nl.heerlen.energiemonitor.security.CurrentUser;
import nl.heerlen.energiemonitor.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The klimaatbegroting of a year as JSON, HTML, PDF and CSV; {@code ?version=published} (or /published) gives the
 * frozen published version. Publishing is under /api/v1/admin/ so that it can be restricted to administrators.
 */
@RestController
class KlimaatbegrotingController {
    private static final String BASE = "/api/v1/klimaatbegroting/{year}";
    private final KlimaatbegrotingService service;

    KlimaatbegrotingController(KlimaatbegrotingService service) {
        this.service = service;
    }

    @GetMapping(BASE)
    Mono<Klimaatbegroting> json(@PathVariable int year, @RequestParam(defaultValue = "draft") String version) {
        return report(year, version);
    }

    @GetMapping(BASE + "/published")
    Mono<Klimaatbegroting> published(@PathVariable int year) {
        return report(year, "published");
    }

    @GetMapping(path = BASE + "/report.html", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> html(@PathVariable int year, @RequestParam(defaultValue = "draft") String version) {
        return ReportViews.html(report(year, version), "/api/v1/klimaatbegroting/" + year, query(version));
    }

    @GetMapping(path = BASE + "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable int year, @RequestParam(defaultValue = "draft") String version) {
        return ReportViews.pdf(report(year, version), "/api/v1/klimaatbegroting/" + year, query(version),
                "klimaatbegroting-" + year);
    }

    /** {@code ?table=} measures (default), projection or palet: one table per file, so that every tool reads it. */
    @GetMapping(path = BASE + "/report.csv", produces = "text/csv")
    Mono<ResponseEntity<byte[]>> csv(@PathVariable int year, @RequestParam(defaultValue = "draft") String version,
                                     @RequestParam(defaultValue = "measures") String table) {
        return ReportViews.csv(report(year, version), table);
    }

    @PostMapping("/api/v1/admin/klimaatbegroting/{year}/publish")
    Mono<Klimaatbegroting> publish(@PathVariable int year, @RequestParam(required = false) String by) {
        return CurrentUser.get().map(CurrentUser::name).defaultIfEmpty(by == null ? "admin" : by)
                .flatMap(name -> service.publish(checked(year), name));
    }

    private static String query(String version) {
        return "published".equals(version) ? "?version=published" : "";
    }

    private Mono<Klimaatbegroting> report(int year, String version) {
        return switch (version) {
            case "draft" -> staffOnly().then(service.draft(checked(year)));
            case "published" -> service.published(checked(year)).switchIfEmpty(Mono.error(
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "de klimaatbegroting " + year + " is nog niet gepubliceerd")));
            default -> Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "version must be draft or published"));
        };
    }

    /** Anonymous readers and installers get published versions only; drafts are for staff. */
    private static Mono<Void> staffOnly() {
        return CurrentUser.get()
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "Concepten zijn voor medewerkers; de gepubliceerde versie is openbaar (?version=published)")))
                .flatMap(user -> user.role() == Role.INSTALLER
                        ? Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "Installateurs zien alleen gepubliceerde versies"))
                        : Mono.empty());
    }

    static int checked(int year) {
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and 2100");
        }
        return year;
    }
}
