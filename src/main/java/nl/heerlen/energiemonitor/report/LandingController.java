package nl.heerlen.energiemonitor.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The landing page: readable by everyone, like the published reports. */
@RestController
class LandingController {
    private final KlimaatbegrotingService service;
    private final PublicationRows publications;
    private final ReportProperties properties;
    private final Clock clock;

    LandingController(KlimaatbegrotingService service, PublicationRows publications, ReportProperties properties,
                      Optional<Clock> clock) {
        this.service = service;
        this.publications = publications;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> landing() {
        int year = LocalDate.now(clock.withZone(AmsterdamCalendar.ZONE)).getYear();
        return Mono.zip(service.draft(year), publications.latestPublishedYear().map(Optional::of).defaultIfEmpty(Optional.empty()))
                .map(t -> LandingPage.render(t.getT1(), t.getT2().orElse(null), properties.grafanaUrl()));
    }
}
