package nl.heerlen.energiemonitor.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.heerlen.energiemonitor.shared.StartupStep;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the budget seeds when the service starts (phase 0, like the registry's seeds). Rows that exist are left
 * alone, so figures corrected through the API survive a restart. A bad seed row stops the start: seeds are ours.
 */
@Component
class BudgetSeedLoader extends StartupStep {
    static final String KLIMAATMONITOR_SEED = "klimaatmonitor_heerlen.csv";
    private static final Logger log = LoggerFactory.getLogger(BudgetSeedLoader.class);

    private final BudgetProperties properties;
    private final MeasureRows measures;
    private final BudgetLineRows lines;
    private final FactorRows factors;
    private final PaletRows palet;

    BudgetSeedLoader(BudgetProperties properties, MeasureRows measures, BudgetLineRows lines, FactorRows factors, PaletRows palet) {
        this.properties = properties;
        this.measures = measures;
        this.lines = lines;
        this.factors = factors;
        this.palet = palet;
    }

    @Override
    protected void runAtStartup() {
        if (properties.loadSeeds()) {
            Long inserted = load().block(Duration.ofMinutes(2));
            log.info("Budget seeds from {}: {} new rows", properties.seedsDir().toAbsolutePath(), inserted);
        }
    }

    Mono<Long> load() {
        return Flux.concat(
                        store("measures.csv", SeedRows::measure, measures::insertIfAbsent),
                        Mono.defer(() -> measures.all().map(Measure::code).collect(java.util.stream.Collectors.toSet()))
                                .flatMap(codes -> storeAll("budget_lines.csv", BudgetLineCsv.parse(read("budget_lines.csv"), codes,
                                        DataStatus.ILLUSTRATIVE, "seeds/budget_lines.csv"), lines::insertIfAbsent)),
                        store("emission_factors.csv", SeedRows::factor, factors::insertIfAbsent),
                        store("assumptions.csv", SeedRows::assumption, factors::insertIfAbsent),
                        store("palet.csv", SeedRows::baseline, palet::insertIfAbsent),
                        store("palet_targets.csv", SeedRows::target, palet::insertIfAbsent),
                        storeAll(KLIMAATMONITOR_SEED, KlimaatmonitorCsv.parse(read(KLIMAATMONITOR_SEED),
                                DataStatus.ILLUSTRATIVE, "seeds/" + KLIMAATMONITOR_SEED + " (illustratief)"), palet::insertIfAbsent))
                .reduce(0L, Long::sum);
    }

    private <T> Mono<Long> store(String file, Function<CsvLines.Row, T> convert, Function<T, Mono<Long>> insert) {
        return Mono.defer(() -> storeAll(file, ParsedCsv.of(CsvLines.parse(read(file)), Set.of(), convert), insert));
    }

    private <T> Mono<Long> storeAll(String file, ParsedCsv<T> parsed, Function<T, Mono<Long>> insert) {
        if (!parsed.errors().isEmpty()) {
            return Mono.error(new IllegalStateException("seeds/" + file + ": " + parsed.errors()));
        }
        return Flux.fromIterable(parsed.values()).concatMap(insert).reduce(0L, Long::sum);
    }

    private String read(String file) {
        Path path = properties.seedsDir().resolve(file);
        try {
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }



}
