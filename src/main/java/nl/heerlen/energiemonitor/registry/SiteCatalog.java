package nl.heerlen.energiemonitor.registry;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** The one place other modules ask about sites (read-only); sites change rarely, so nothing is cached. */
@Service
public class SiteCatalog {
    private static final String SELECT = """
            select id, name, kind, municipality, measure_code, household from site order by id""";

    private final DatabaseClient db;

    SiteCatalog(DatabaseClient db) {
        this.db = db;
    }

    public Flux<Site> all() {
        return db.sql(SELECT).map(row -> new Site(row.get("id", String.class), row.get("name", String.class),
                row.get("kind", String.class), row.get("municipality", String.class),
                row.get("measure_code", String.class), Boolean.TRUE.equals(row.get("household", Boolean.class)))).all();
    }
}
