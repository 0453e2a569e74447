package nl.heerlen.energiemonitor.registry;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedsDir where the seed CSV files are read from on start
 * @param loadSeeds whether to load them (idempotently) on start
 * @param cacheTtl after this a cached meter lookup is reloaded in the background (the old entry answers meanwhile),
 *     and after twice this an unused one is forgotten; edits through the API evict at once
 */
@ConfigurationProperties("energiemonitor.registry")
public record RegistryProperties(
        @DefaultValue("seeds") Path seedsDir,
        @DefaultValue("true") boolean loadSeeds,
        @DefaultValue("30s") Duration cacheTtl) {
}
