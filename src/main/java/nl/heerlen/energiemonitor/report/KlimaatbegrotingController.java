package nl.heerlen.energiemonitor.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The klimaatbegroting of a year, as JSON. */
@RestController
class KlimaatbegrotingController {
    private final KlimaatbegrotingService service;

    KlimaatbegrotingController(KlimaatbegrotingService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/klimaatbegroting/{year}")
    Mono<Klimaatbegroting> year(@PathVariable int year) {
        if (year < 2000 || year > 2100) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and 2100"));
        }
        return service.forYear(year);
    }
}
