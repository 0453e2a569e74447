package nl.heerlen.energiemonitor.registry;

import java.util.Map;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The coordinates of all sites, asked for by modules that need a meter's place. */
@Service
public class SiteLocations {
    private final DatabaseClient db;

    SiteLocations(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Map<String, SiteLocation>> all() {
        return db.sql("select id, latitude, longitude from site")
                .map(row -> new SiteLocation(row.get("id", String.class), row.get("latitude", Double.class),
                        row.get("longitude", Double.class)))
                .all().collectMap(SiteLocation::siteId, Function.identity());
    }
}
