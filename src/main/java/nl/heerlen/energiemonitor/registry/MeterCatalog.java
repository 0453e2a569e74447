package nl.heerlen.energiemonitor.registry;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
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
                .expireAfterWrite(properties.cacheTtl())
                .buildAsync((id, executor) -> rows.findById(id).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()).toFuture());
    }

    public Mono<Meter> find(MeterId id) {
        return Mono.fromFuture(() -> cache.get(id)).flatMap(Mono::justOrEmpty);
    }

    public Flux<Meter> all() {
        return rows.findAll();
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
