package nl.heerlen.energiemonitor.report;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every published version of a year, not only the latest: what the council received at each moment. Public, like the
 * published report itself.
 */
@RestController
class KlimaatbegrotingVersionsController {
    private static final String BASE = "/api/v1/klimaatbegroting/{year}/versions";
    private final KlimaatbegrotingService service;

    KlimaatbegrotingVersionsController(KlimaatbegrotingService service) {
        this.service = service;
    }

    /** A published version in the list, with where to read it. */
    record Version(int year, int version, Instant publishedAt, String json, String html, String pdf, String csv) {
        static Version of(PublicationRows.Listed l) {
            String base = "/api/v1/klimaatbegroting/" + l.year() + "/versions/" + l.version();
            return new Version(l.year(), l.version(), l.publishedAt(), base, base + "/report.html", base + "/report.pdf",
                    base + "/report.csv");
        }
    }

    @GetMapping(BASE)
    Flux<Version> versions(@PathVariable int year) {
        return service.versions(KlimaatbegrotingController.checked(year)).map(Version::of);
    }

    @GetMapping(BASE + "/{version}")
    Mono<Klimaatbegroting> json(@PathVariable int year, @PathVariable int version) {
        return report(year, version);
    }

    @GetMapping(path = BASE + "/{version}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> html(@PathVariable int year, @PathVariable int version) {
        return ReportViews.html(report(year, version), base(year, version), "");
    }

    @GetMapping(path = BASE + "/{version}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable int year, @PathVariable int version) {
        return ReportViews.pdf(report(year, version), base(year, version), "", "klimaatbegroting-" + year + "-v" + version);
    }

    @GetMapping(path = BASE + "/{version}/report.csv", produces = "text/csv")
    Mono<ResponseEntity<byte[]>> csv(@PathVariable int year, @PathVariable int version,
                                     @RequestParam(defaultValue = "measures") String table) {
        return ReportViews.csv(report(year, version), table);
    }

    private static String base(int year, int version) {
        return "/api/v1/klimaatbegroting/" + year + "/versions/" + version;
    }

    private Mono<Klimaatbegroting> report(int year, int version) {
        return service.version(KlimaatbegrotingController.checked(year), version).switchIfEmpty(Mono.error(
                new ResponseStatusException(HttpStatus.NOT_FOUND, "de klimaatbegroting " + year + " heeft geen gepubliceerde versie " + version)));
    }
}
