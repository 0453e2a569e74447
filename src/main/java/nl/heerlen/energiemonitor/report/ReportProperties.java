package nl.heerlen.energiemonitor.report;

import nl.heerlen.energiemonitor.budget.Basis;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param coverageThreshold a year whose installation groups are measured for less than this share of their time in
 *                          service is provisional
 * @param emissionBasis TTW (direct emissions, the territorial accounting of the Klimaatmonitor) or WTW
 * @param trendYears how many recent Klimaatmonitor years the "current pace" is fitted on
 * @param grafanaUrl where the dashboards are, linked from the landing page
 */
@ConfigurationProperties("energiemonitor.report")
public record ReportProperties(
        @DefaultValue("0.9") double coverageThreshold,
        @DefaultValue("TTW") Basis emissionBasis,
        @DefaultValue("5") int trendYears,
        @DefaultValue("http://localhost:3000/") String grafanaUrl) {
    public ReportProperties {
        if (!(coverageThreshold >= 0 && coverageThreshold <= 1) || trendYears < 2) {
            throw new IllegalArgumentException("coverage threshold must be within [0, 1] and trend years at least 2");
        }
    }
}
