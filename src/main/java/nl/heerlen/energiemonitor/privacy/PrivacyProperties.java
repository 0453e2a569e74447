package nl.heerlen.energiemonitor.privacy;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minGroupSize outside the admin role, a group with household meters is shown only when it holds at least this
 *                     many distinct household sites; smaller groups are suppressed
 * @param retention raw household readings older than this are thinned to the daily rollups
 * @param thinningInterval how often the thinning runs
 * @param thinningEnabled whether this instance runs the thinning and the access-log cleanup periodically (the admin
 *                        endpoint always works)
 * @param accessLogRetention entries of the household access log older than this are removed: long enough to answer
 *                           a resident's access request or an audit about any read of raw data (itself at most the
 *                           retention old), not for ever (docs/privacy.md)
 */
@ConfigurationProperties("energiemonitor.privacy")
public record PrivacyProperties(
        @DefaultValue("10") int minGroupSize,
        @DefaultValue("P13M") Period retention,
        @DefaultValue("6h") Duration thinningInterval,
        @DefaultValue("true") boolean thinningEnabled,
        @DefaultValue("P24M") Period accessLogRetention) {

    public PrivacyProperties {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("energiemonitor.privacy.min-group-size must be at least 1");
        }
        if (retention.isNegative() || retention.toTotalMonths() * 31 + retention.getDays() < 35) {
            throw new IllegalArgumentException("energiemonitor.privacy.retention must be at least 35 days, "
                    + "so that late data and recomputation still find the raw readings");
        }
        if (accessLogRetention.isNegative() || accessLogRetention.toTotalMonths() < retention.toTotalMonths()) {
            throw new IllegalArgumentException("energiemonitor.privacy.access-log-retention must be at least the "
                    + "retention of raw household data, so that every read of data still held can be traced");
        }
    }

    /** True when a group with this many distinct household sites must not be shown (none at all is no household data). */
    public boolean suppresses(long householdSites) {
        return householdSites > 0 && householdSites < minGroupSize;
    }
}
