package nl.heerlen.energiemonitor.budget;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedsDir where the budget seed CSV files are read from on start
 * @param loadSeeds whether to load them (insert if absent, never overwrite) on start
 * @param area the PALET area and Klimaatmonitor municipality the reports are about
 */
@ConfigurationProperties("energiemonitor.budget")
public record BudgetProperties(
        @DefaultValue("seeds") Path seedsDir,
        @DefaultValue("true") boolean loadSeeds,
        @DefaultValue("Heerlen") String area) {
}
