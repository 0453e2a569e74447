package nl.heerlen.energiemonitor.budget;

import nl.heerlen.energiemonitor.security.CurrentUser;
import nl.heerlen.energiemonitor.shared.BadRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * KPI actuals for measures without meters, entered by admins. Kept under /api/v1/admin/ because each entry names who
 * made it; the report shows the value and its source.
 */
@RestController
class KpiActualController {
    private static final String PATH = "/api/v1/admin/budget/measures/{code}/kpi-actuals";
    private final KpiActualRows actuals;
    private final MeasureRows measures;

    KpiActualController(KpiActualRows actuals, MeasureRows measures) {
        this.actuals = actuals;
        this.measures = measures;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<KpiActual> record(@PathVariable String code, @RequestBody KpiActual.Input input) {
        return known(code).then(CurrentUser.get().map(CurrentUser::name).defaultIfEmpty("admin"))
                .map(who -> BadRequest.unless(() -> input.toActual(code, who)))
                .flatMap(actuals::insert);
    }

    @GetMapping(PATH)
    Flux<KpiActual> list(@PathVariable String code) {
        return known(code).thenMany(actuals.forMeasure(code));
    }

    private Mono<Void> known(String code) {
        return measures.all().filter(m -> m.code().equals(code)).hasElements().flatMap(found -> found ? Mono.<Void>empty()
                : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown measure " + code)));
    }
}
