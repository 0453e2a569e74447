package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the worker looks for changed readings
 * @param claimBatch meter channels whose changed ranges are taken in one transaction at most
 * @param claimRows changed-range rows taken in one transaction at most (all of a channel's, up to this)
 * @param settle how long a change waits before it is recomputed, so that readings of a channel arriving close together
 *     are recomputed once (benchmark 1: one reading per message made every reading a recomputation of its own)
 * @param concurrency transactions recomputing at once
 * @param pvMaxKwhPerKwpHour a PV interval producing more than this many kWh per kWp per hour is implausible
 * @param resetTolerance a register decrease up to this much is rounding noise, not a reset
 * @param enabled whether this instance recomputes rollups
 * @param maxAttempts failed recomputations of a range in a row after which it is set aside for an operator
 * @param retryBackoff wait before a failed range is tried again; doubles with every further failure
 */
@ConfigurationProperties("energiemonitor.accounting")
public record AccountingProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("250") int claimBatch,
        @DefaultValue("5000") int claimRows,
        @DefaultValue("5s") Duration settle,
        @DefaultValue("4") int concurrency,
        @DefaultValue("1.5") double pvMaxKwhPerKwpHour,
        @DefaultValue("0.001") double resetTolerance,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("10s") Duration retryBackoff) {
    public AccountingProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("energiemonitor.accounting.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (claimBatch < 1 || claimRows < claimBatch) {
            throw new IllegalArgumentException("energiemonitor.accounting.claim-batch must be at least 1 and claim-rows"
                    + " at least claim-batch, were " + claimBatch + " and " + claimRows);
        }
        if (settle.isNegative()) {
            throw new IllegalArgumentException("energiemonitor.accounting.settle must not be negative");
        }
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("energiemonitor.accounting.retry-backoff must not be negative");
        }
    }
}
