package nl.heerlen.energiemonitor.readings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rawRetention with TimescaleDB, raw readings older than this are dropped by a retention policy (rollups stay);
 *                     empty (the default) keeps raw readings for ever
 * @param directCopy   CSV chunks are first tried with COPY straight into {@code reading}, and only a chunk with a key
 *                     stored before (or twice) goes through the staging table ({@link ReadingCopy}); false sends every
 *                     chunk through the staging table (for comparison: the outcome is the same)
 */
@ConfigurationProperties("energiemonitor.readings")
public record ReadingsProperties(Duration rawRetention, @DefaultValue("true") boolean directCopy) {
    public ReadingsProperties {
        if (rawRetention != null && rawRetention.toDays() < 35) {
            throw new IllegalArgumentException("energiemonitor.readings.raw-retention must be at least 35 days, "
                    + "so that late data and recomputation still find the raw readings");
        }
    }
}
