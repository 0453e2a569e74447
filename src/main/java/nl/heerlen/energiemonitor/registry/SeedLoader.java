package nl.heerlen.energiemonitor.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.heerlen.energiemonitor.shared.StartupStep;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads installers, sites and meters from seeds/ when the service starts. Rows that exist are left alone, so that
 * edits made through the API survive a restart.
 */
@Component
class SeedLoader extends StartupStep {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final DatabaseClient db;
    private final RegistryProperties properties;
    private final MeterCatalog catalog;

    SeedLoader(DatabaseClient db, RegistryProperties properties, MeterCatalog catalog) {
        this.db = db;
        this.properties = properties;
        this.catalog = catalog;
    }

    @Override
    protected void runAtStartup() {
        if (properties.loadSeeds()) {
            // Start-up only: ingest must not begin before the registry it validates against exists.
            Long inserted = load().block(Duration.ofMinutes(5));
            log.info("Seeds from {}: {} new rows", properties.seedsDir().toAbsolutePath(), inserted);
            catalog.evictAll();
        }
    }

    Mono<Long> load() {
        return insertAll("installers.csv", SeedStatements.INSTALLER)
                .concatWith(insertAll("sites.csv", SeedStatements.SITE))
                .concatWith(insertAll("meters.csv", SeedStatements.METER))
                .reduce(0L, Long::sum);
    }

    private Flux<Long> insertAll(String fileName, SeedStatements statement) {
        return Flux.fromIterable(read(fileName))
                .concatMap(row -> statement.bind(db, row).fetch().rowsUpdated());
    }

    private List<Map<String, String>> read(String fileName) {
        try {
            return SeedFiles.read(properties.seedsDir().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }




    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static Duration duration(String text, Duration fallback) {
        return text == null ? fallback : Duration.parse(text);
    }
}
