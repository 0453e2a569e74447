package nl.heerlen.energiemonitor.budget;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The budget data as stored, readable by everyone (it is public information of the council). */
@RestController
@RequestMapping("/api/v1/budget")
class BudgetController {
    private final BudgetCatalog catalog;

    BudgetController(BudgetCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/measures")
    Flux<Measure> measures() {
        return catalog.measures();
    }

    @GetMapping("/lines")
    Flux<BudgetLine> lines(@RequestParam int year) {
        return catalog.lines(year);
    }

    @GetMapping("/emission-factors")
    Mono<EmissionFactors> factors() {
        return catalog.emissionFactors();
    }

    @GetMapping("/assumptions")
    Mono<Assumptions> assumptions() {
        return catalog.assumptions();
    }

    @GetMapping("/palet")
    Mono<PaletPath> palet() {
        return catalog.paletPath();
    }

    @GetMapping("/klimaatmonitor")
    Flux<ClimateStatistic> statistics() {
        return catalog.statistics();
    }
}
