package nl.heerlen.energiemonitor.budget;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import nl.heerlen.energiemonitor.shared.BadRequest;
import reactor.core.publisher.Mono;

/**
 * Changes to the budget data. Everything here is under /api/v1/admin/ so that the security issue can restrict it to
 * administrators in one rule.
 */
@RestController
@RequestMapping("/api/v1/admin/budget")
class BudgetAdminController {
    private final BudgetImports imports;
    private final MeasureRows measures;
    private final BudgetLineRows lines;
    private final FactorRows factors;

    BudgetAdminController(BudgetImports imports, MeasureRows measures, BudgetLineRows lines, FactorRows factors) {
        this.imports = imports;
        this.measures = measures;
        this.lines = lines;
        this.factors = factors;
    }

    /** A finance export as CSV (see seeds/README.md for the columns). */
    @PostMapping(path = "/lines/import", consumes = {"text/csv", "text/plain"})
    Mono<ImportResult> importLines(@RequestBody String csv, @RequestParam(defaultValue = "sourced") String status,
                                   @RequestParam(required = false) String source) {
        DataStatus parsed = BadRequest.unless(() -> DataStatus.parse(status));
        return imports.budgetLines(csv, parsed, source == null ? "financiële export " + LocalDate.now() : source);
    }

    /** A Klimaatmonitor export (Gebied;Periode;Onderwerp;Waarde;Eenheid). */
    @PostMapping(path = "/klimaatmonitor/import", consumes = {"text/csv", "text/plain"})
    Mono<ImportResult> importStatistics(@RequestBody String csv, @RequestParam(defaultValue = "sourced") String status,
                                        @RequestParam(required = false) String source) {
        DataStatus parsed = BadRequest.unless(() -> DataStatus.parse(status));
        return imports.klimaatmonitor(csv, parsed, source == null ? "Klimaatmonitor-export " + LocalDate.now() : source);
    }

    @PutMapping("/lines")
    Mono<BudgetLine> saveLine(@RequestBody BudgetLine line) {
        return lines.save(line).thenReturn(line);
    }

    @PutMapping("/measures/{code}")
    Mono<Measure> saveMeasure(@PathVariable String code, @RequestBody Measure measure) {
        BadRequest.unless(() -> {
            if (!code.equals(measure.code())) {
                throw new IllegalArgumentException("the code in the path and in the body differ");
            }
            return measure;
        });
        return measures.save(measure).thenReturn(measure);
    }

    /** Stored as the next version; earlier published reports keep the version they used. */
    @PostMapping("/emission-factors")
    Mono<Long> addFactor(@RequestBody EmissionFactor factor) {
        return factors.addVersion(factor);
    }

    @PostMapping("/assumptions")
    Mono<Long> addAssumption(@RequestBody Assumption assumption) {
        return factors.addVersion(assumption);
    }
}
