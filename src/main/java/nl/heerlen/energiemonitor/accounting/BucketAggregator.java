package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Sums stored quarter hours into report buckets of any {@link Resolution}. */
public final class BucketAggregator {

    private static final double NANOS_PER_SECOND = 1e9;

    private BucketAggregator() {
    }

    /**
     * @param quarterHours quarter hours strictly increasing by start; those outside [from, to) are ignored
     * @param resolution   bucket size
     * @param from         bucket-aligned for {@code resolution}, inclusive
     * @param to           bucket-aligned for {@code resolution}, exclusive, not before {@code from}
     * @return every bucket of [from, to) in order, including empty ones (value 0, coverage 0), so a gap in
     *         the data shows up as a bucket without coverage rather than as a missing row
     */
    public static List<EnergyBucket> aggregate(List<? extends StoredRollup> quarterHours, Resolution resolution,
                                               Instant from, Instant to) {
        Objects.requireNonNull(resolution, "resolution");
        requireRange(resolution, from, to);
        requireStrictlyIncreasing(quarterHours);
        List<EnergyBucket> buckets = new ArrayList<>();
        int next = 0;
        while (next < quarterHours.size() && quarterHours.get(next).start().isBefore(from)) {
            next++;
        }
        for (Instant start = from; start.isBefore(to); start = resolution.next(start)) {
            Instant end = resolution.next(start);
            CompensatedSum value = new CompensatedSum();
            CompensatedSum implausible = new CompensatedSum();
            CompensatedSum measuredSeconds = new CompensatedSum();
            boolean estimated = false;
            for (; next < quarterHours.size() && quarterHours.get(next).start().isBefore(end); next++) {
                StoredRollup quarter = quarterHours.get(next);
                value.add(quarter.energy());
                implausible.add(quarter.implausibleEnergy());
                measuredSeconds.add(quarter.measuredSeconds());
                estimated |= quarter.estimatedSeconds() > 0;
            }
            double bucketSeconds = Duration.between(start, end).toNanos() / NANOS_PER_SECOND;
            // Clamp only guards the last bit of rounding; measured seconds can never really exceed the bucket.
            double coverage = Math.min(1.0, measuredSeconds.value() / bucketSeconds);
            buckets.add(new EnergyBucket(start, end, value.value(), coverage, estimated, implausible.value()));
        }
        return buckets;
    }

    private static void requireRange(Resolution resolution, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!resolution.isAligned(from) || !resolution.isAligned(to)) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") must be aligned to "
                    + resolution.label() + " buckets; nearest starts are " + resolution.floor(from)
                    + " and " + resolution.floor(to));
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range end " + to + " is before its start " + from);
        }
    }

    private static void requireStrictlyIncreasing(List<? extends StoredRollup> quarterHours) {
        Objects.requireNonNull(quarterHours, "quarterHours");
        for (int i = 1; i < quarterHours.size(); i++) {
            if (!quarterHours.get(i - 1).start().isBefore(quarterHours.get(i).start())) {
                throw new IllegalArgumentException("quarter hours must be strictly increasing by start, but "
                        + quarterHours.get(i).start() + " follows " + quarterHours.get(i - 1).start());
            }
        }
    }
}
