package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Applies the interval rules of docs/accounting.md to consecutive readings of one channel.
 * Each interval depends only on its own two readings, the rules and the exchanges inside it; that
 * locality is what makes recomputing a sub-range give the same answer as recomputing everything.
 */
public final class IntervalCalculator {

    private static final double NANOS_PER_HOUR = 3_600_000_000_000.0;

    private IntervalCalculator() {
    }

    /**
     * @param sorted    readings strictly increasing by ts (the database removed duplicates)
     * @param rules     the channel's rules
     * @param exchanges meter exchanges of this channel, any order; those outside the readings are ignored
     * @return one interval per consecutive pair of readings, in order
     * @throws IllegalArgumentException when readings are not strictly increasing by ts, or two exchanges
     *                                  share an instant
     */
    public static List<EnergyInterval> intervals(List<RegisterReading> sorted, ChannelRules rules,
                                                 List<MeterExchange> exchanges) {
        Objects.requireNonNull(rules, "rules");
        requireStrictlyIncreasing(sorted);
        List<MeterExchange> ordered = ordered(exchanges);
        List<EnergyInterval> result = new ArrayList<>(Math.max(0, sorted.size() - 1));
        int firstCandidate = 0;
        for (int i = 1; i < sorted.size(); i++) {
            RegisterReading r0 = sorted.get(i - 1);
            RegisterReading r1 = sorted.get(i);
            // Exchanges belong to the interval (t0, t1]: skip those at or before t0, take those up to t1.
            while (firstCandidate < ordered.size() && !ordered.get(firstCandidate).at().isAfter(r0.ts())) {
                firstCandidate++;
            }
            int end = firstCandidate;
            while (end < ordered.size() && !ordered.get(end).at().isAfter(r1.ts())) {
                end++;
            }
            result.add(interval(r0, r1, rules, ordered.subList(firstCandidate, end)));
        }
        return List.copyOf(result);
    }

    private static EnergyInterval interval(RegisterReading r0, RegisterReading r1, ChannelRules rules,
                                           List<MeterExchange> inside) {
        IntervalCause cause = cause(r0, r1, rules, inside);
        double energy = switch (cause) {
            case EXCHANGE -> acrossExchanges(r0.value(), r1.value(), inside);
            case NOISE -> 0.0;
            case WRAP -> (rules.registerMax() - r0.value()) + r1.value();
            case RESET -> r1.value();
            case NORMAL -> r1.value() - r0.value();
        };
        Duration length = Duration.between(r0.ts(), r1.ts());
        return new EnergyInterval(r0.ts(), r1.ts(), energy, quality(energy, length, rules), cause);
    }

    /** Precedence: exchange, then noise (a tiny dip is never a wrap or a reset), then wrap, then reset. */
    private static IntervalCause cause(RegisterReading r0, RegisterReading r1, ChannelRules rules,
                                       List<MeterExchange> inside) {
        if (!inside.isEmpty()) {
            return IntervalCause.EXCHANGE;
        }
        double decrease = r0.value() - r1.value();
        if (decrease <= 0) {
            return IntervalCause.NORMAL;
        }
        if (decrease <= rules.resetTolerance()) {
            return IntervalCause.NOISE;
        }
        return rules.registerMax() != null ? IntervalCause.WRAP : IntervalCause.RESET;
    }

    /** Each register segment contributes its own difference; several exchanges chain naturally. */
    private static double acrossExchanges(double v0, double v1, List<MeterExchange> inside) {
        double energy = 0;
        double segmentStart = v0;
        for (MeterExchange exchange : inside) {
            energy += exchange.finalReadingOld() - segmentStart;
            segmentStart = exchange.startReadingNew();
        }
        return energy + (v1 - segmentStart);
    }

    private static IntervalQuality quality(double energy, Duration length, ChannelRules rules) {
        double hours = length.toNanos() / NANOS_PER_HOUR;
        if (energy < 0 || energy / hours > rules.maxRatePerHour()) {
            return IntervalQuality.IMPLAUSIBLE;
        }
        return length.compareTo(rules.maxGap()) > 0 ? IntervalQuality.ESTIMATED : IntervalQuality.MEASURED;
    }

    private static void requireStrictlyIncreasing(List<RegisterReading> readings) {
        Objects.requireNonNull(readings, "readings");
        for (int i = 1; i < readings.size(); i++) {
            Instant previous = readings.get(i - 1).ts();
            Instant current = readings.get(i).ts();
            if (!previous.isBefore(current)) {
                throw new IllegalArgumentException("readings must be sorted by ts without duplicates, but reading "
                        + i + " at " + current + " follows " + previous);
            }
        }
    }

    private static List<MeterExchange> ordered(List<MeterExchange> exchanges) {
        Objects.requireNonNull(exchanges, "exchanges");
        List<MeterExchange> ordered = new ArrayList<>(exchanges);
        ordered.sort(Comparator.comparing(MeterExchange::at));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i - 1).at().equals(ordered.get(i).at())) {
                throw new IllegalArgumentException("two meter exchanges at " + ordered.get(i).at());
            }
        }
        return ordered;
    }
}
