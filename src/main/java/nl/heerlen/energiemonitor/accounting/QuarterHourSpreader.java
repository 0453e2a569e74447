package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Spreads interval energy uniformly over time and cuts it into quarter hours. Every share is computed
 * on its own from the exact overlap (energy * overlap / length), never as a remainder, so a quarter's
 * value does not depend on which range was requested: recomputing [from, to) in pieces gives the same
 * rows as one pass.
 */
public final class QuarterHourSpreader {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final double NANOS_PER_SECOND = 1e9;

    private QuarterHourSpreader() {
    }

    /**
     * @param intervals intervals ordered by start and not overlapping (as {@link IntervalCalculator} returns)
     * @param from      quarter-hour aligned, inclusive
     * @param to        quarter-hour aligned, exclusive, not before {@code from}
     * @return the quarter hours in [from, to) that overlap at least one interval, in order
     */
    public static List<QuarterHour> spread(List<EnergyInterval> intervals, Instant from, Instant to) {
        requireRange(from, to);
        requireOrderedWithoutOverlap(intervals);
        List<Tally> tallies = new ArrayList<>();
        for (EnergyInterval interval : intervals) {
            Instant first = latest(interval.start(), from);
            Instant last = earliest(interval.end(), to);
            if (!first.isBefore(last)) {
                continue;
            }
            for (Instant q = Resolution.QUARTER_HOUR.floor(first); q.isBefore(last); q = q.plus(QUARTER)) {
                // Consecutive intervals can share a quarter; ordering guarantees it is the last tally.
                if (tallies.isEmpty() || !tallies.get(tallies.size() - 1).start.equals(q)) {
                    tallies.add(new Tally(q));
                }
                tallies.get(tallies.size() - 1).add(interval, overlapNanos(interval, q, q.plus(QUARTER)));
            }
        }
        return tallies.stream().map(Tally::toQuarterHour).toList();
    }

    private static long overlapNanos(EnergyInterval interval, Instant quarterStart, Instant quarterEnd) {
        return Duration.between(latest(interval.start(), quarterStart), earliest(interval.end(), quarterEnd)).toNanos();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static void requireRange(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!Resolution.QUARTER_HOUR.isAligned(from) || !Resolution.QUARTER_HOUR.isAligned(to)) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") must be quarter-hour aligned");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range end " + to + " is before its start " + from);
        }
    }

    private static void requireOrderedWithoutOverlap(List<EnergyInterval> intervals) {
        Objects.requireNonNull(intervals, "intervals");
        for (int i = 1; i < intervals.size(); i++) {
            if (intervals.get(i).start().isBefore(intervals.get(i - 1).end())) {
                throw new IllegalArgumentException("intervals must be ordered and must not overlap, but interval "
                        + i + " starts at " + intervals.get(i).start() + " before " + intervals.get(i - 1).end());
            }
        }
    }

    /** Running totals of one quarter hour; nanoseconds stay exact until the final conversion. */
    private static final class Tally {
        private final Instant start;
        private double energy;
        private double implausibleEnergy;
        private long measuredNanos;
        private long estimatedNanos;

        private Tally(Instant start) {
            this.start = start;
        }

        private void add(EnergyInterval interval, long overlap) {
            long length = Duration.between(interval.start(), interval.end()).toNanos();
            double share = overlap == length ? interval.energy() : interval.energy() * overlap / length;
            switch (interval.quality()) {
                case MEASURED -> { energy += share; measuredNanos += overlap; }
                case ESTIMATED -> { energy += share; estimatedNanos += overlap; }
                case IMPLAUSIBLE -> implausibleEnergy += share;
            }
        }

        private QuarterHour toQuarterHour() {
            return new QuarterHour(start, energy, measuredNanos / NANOS_PER_SECOND,
                    estimatedNanos / NANOS_PER_SECOND, implausibleEnergy);
        }
    }
}
