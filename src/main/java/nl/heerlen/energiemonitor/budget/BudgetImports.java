package nl.heerlen.energiemonitor.budget;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** CSV imports: good lines are stored, each bad line is reported with its number and reason. */
@Service
class BudgetImports {
    private final MeasureRows measures;
    private final BudgetLineRows lines;
    private final PaletRows palet;

    BudgetImports(MeasureRows measures, BudgetLineRows lines, PaletRows palet) {
        this.measures = measures;
        this.lines = lines;
        this.palet = palet;
    }

    Mono<ImportResult> budgetLines(String csv, DataStatus status, String source) {
        return measures.all().map(Measure::code).collect(Collectors.toSet())
                .flatMap(codes -> store(BudgetLineCsv.parse(csv, codes, status, source), lines::save));
    }

    Mono<ImportResult> klimaatmonitor(String csv, DataStatus status, String source) {
        return store(KlimaatmonitorCsv.parse(csv, status, source), palet::save);
    }

    private static <T> Mono<ImportResult> store(ParsedCsv<T> parsed, Function<T, Mono<Long>> save) {
        return Flux.fromIterable(parsed.values()).concatMap(save).count()
                .map(stored -> new ImportResult(stored.intValue(), parsed.errors()));
    }
}
