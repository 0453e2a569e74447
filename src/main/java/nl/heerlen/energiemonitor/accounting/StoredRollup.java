package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;

/** A stored rollup row (a quarter hour or an Amsterdam day) that {@link BucketAggregator} sums into coarser buckets. */
public interface StoredRollup {
    Instant start();

    double energy();

    double measuredSeconds();

    double estimatedSeconds();

    double implausibleEnergy();
}
