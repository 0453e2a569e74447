package nl.heerlen.energiemonitor.budget;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What other modules (the report) read from the budget module. */
@Service
public class BudgetCatalog {
    private final BudgetProperties properties;
    private final MeasureRows measures;
    private final BudgetLineRows lines;
    private final FactorRows factors;
    private final PaletRows palet;
    private final KpiActualRows kpiActuals;

    BudgetCatalog(BudgetProperties properties, MeasureRows measures, BudgetLineRows lines, FactorRows factors, PaletRows palet,
                  KpiActualRows kpiActuals) {
        this.kpiActuals = kpiActuals;
        this.properties = properties;
        this.measures = measures;
        this.lines = lines;
        this.factors = factors;
        this.palet = palet;
    }

    public String area() {
        return properties.area();
    }

    public Flux<Measure> measures() {
        return measures.all();
    }

    public Flux<BudgetLine> lines(int year) {
        return lines.forYear(year);
    }

    /** The lines of all years in the range, oldest first: what the projections are built on. */
    public Flux<BudgetLine> lines(int fromYear, int toYear) {
        return lines.between(fromYear, toYear);
    }

    /** The KPI actuals entered by hand for a year (for measures no meter can count). */
    public Flux<KpiActual> kpiActuals(int year) {
        return kpiActuals.forYear(year);
    }

    public Mono<EmissionFactors> emissionFactors() {
        return factors.factors().collectList().map(EmissionFactors::new);
    }

    public Mono<Assumptions> assumptions() {
        return factors.assumptions().collectList().map(Assumptions::new);
    }

    /** Empty when no PALET baseline is stored for the area. */
    public Mono<PaletPath> paletPath() {
        return palet.baseline(properties.area())
                .flatMap(b -> palet.targets(properties.area()).collectList().map(t -> new PaletPath(b, t)));
    }

    public Flux<ClimateStatistic> statistics() {
        return palet.statistics(properties.area());
    }
}
