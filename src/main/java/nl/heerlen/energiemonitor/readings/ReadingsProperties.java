package nl.heerlen.energiemonitor.readings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rawRetention with TimescaleDB, raw readings older than this are dropped by a retention policy (rollups stay);
 *                     empty (the default) keeps raw readings for ever
 */
@ConfigurationProperties("energiemonitor.readings")
public record ReadingsProperties(Duration rawRetention) {
    public ReadingsProperties {
        if (rawRetention != null && rawRetention.toDays() < 35) {
            throw new IllegalArgumentException("energiemonitor.readings.raw-retention must be at least 35 days, "
                    + "so that late data and recomputation still find the raw readings");
        }
    }
}
