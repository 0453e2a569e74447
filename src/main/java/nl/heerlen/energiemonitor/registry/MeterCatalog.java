package nl.heerlen.energiemonitor.registry;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one place other modules ask about meters. Lookups are cached (also misses, so a flood of readings for an
 * unknown meter does not become a flood of queries) for a short time.
 */
@Service
public class MeterCatalog {
    private final MeterRows rows;
    private final AsyncLoadingCache<MeterId, Optional<Meter>> cache;

    MeterCatalog(MeterRows rows, RegistryProperties properties) {
        this.rows = rows;
        this.cache = Caffeine.newBuilder()
                .maximumSize(100_000)
                // A looked-up meter older than the TTL is reloaded in the background while the old entry still
                // answers: with thousands of meters reporting, expiring them all at once made every message wait
                // for its own query again every TTL, which throttled MQTT ingest (docs/benchmarks.md, benchmark 1).
                .refreshAfterWrite(properties.cacheTtl())
                .expireAfterWrite(properties.cacheTtl().multipliedBy(2))
                .buildAsync((id, executor) -> rows.findById(id).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()).toFuture());
    }

    public Mono<Meter> find(MeterId id) {
        return Mono.fromFuture(() -> cache.get(id)).flatMap(Mono::justOrEmpty);
    }

    public Flux<Meter> all() {
        return rows.findAll();
    }

    /** The meter, if the current user may see it (installers see only their own); otherwise empty. */
    public Mono<Meter> findVisible(MeterId id) {
        return find(id).filterWhen(MeterCatalog::visible);
    }

    /** The meters the current user may see. */
    public Flux<Meter> allVisible() {
        return all().filterWhen(MeterCatalog::visible);
    }

    private static Mono<Boolean> visible(Meter meter) {
        return CurrentUser.get().map(u -> u.maySee(meter.installerId().value())).defaultIfEmpty(false);
    }

    /** The meters of the sites that belong to a measure of the coalition agreement (e.g. "6.1"). */
    public Flux<Meter> ofMeasure(String measureCode) {
        return rows.findByMeasure(measureCode);
    }

    void evict(MeterId id) {
        cache.synchronous().invalidate(id);
    }

    void evictAll() {
        cache.synchronous().invalidateAll();
    }
}
