package nl.heerlen.energiemonitor.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request rate limit per installer on the HTTP ingest (POST /api/v1/readings, upload jobs). Staff are not limited.
 *
 * @param requests requests an installer may make per period
 * @param period the period in which {@code requests} are allowed; the limit refills at its end
 * @param enabled whether to limit at all
 */
@ConfigurationProperties("energiemonitor.http-ingest.rate-limit")
public record RateLimitProperties(
        @DefaultValue("20") int requests,
        @DefaultValue("1s") Duration period,
        @DefaultValue("true") boolean enabled) {

    public RateLimitProperties {
        if (requests < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("energiemonitor.http-ingest.rate-limit needs requests >= 1 and a positive period");
        }
    }
}
