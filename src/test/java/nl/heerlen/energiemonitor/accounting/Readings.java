package nl.heerlen.energiemonitor.accounting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Object mother for register series: hand-written ones for rule tests, random ones for properties. */
final class Readings {

    /** Rules for messy random series: spikes above 50 per hour become IMPLAUSIBLE. */
    static final ChannelRules MESSY_RULES = new ChannelRules(0.001, 50.0, Duration.ofHours(1), null);
    static final ChannelRules MESSY_WRAPPING_RULES = new ChannelRules(0.001, 50.0, Duration.ofHours(1), 1000.0);

    /** A random series and the meter exchanges it went through. */
    record Series(List<RegisterReading> readings, List<MeterExchange> exchanges, ChannelRules rules) {
        List<EnergyInterval> intervals() {
            return IntervalCalculator.intervals(readings, rules, exchanges);
        }
    }

    private Readings() {
    }

    /** Parses an ISO instant such as {@code 2026-01-05T10:07:00Z}. */
    static Instant utc(String text) {
        return Instant.parse(text);
    }

    /** Parses Amsterdam wall-clock time such as {@code 2026-03-29T00:00}. */
    static Instant local(String text) {
        return LocalDateTime.parse(text).atZone(Resolution.CALENDAR_ZONE).toInstant();
    }

    static RegisterReading reading(String utc, double value) {
        return new RegisterReading(utc(utc), value);
    }

    /** Readings every {@code step} from {@code start}, with the given register values. */
    static List<RegisterReading> series(Instant start, Duration step, double... values) {
        List<RegisterReading> readings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            readings.add(new RegisterReading(start.plus(step.multipliedBy(i)), values[i]));
        }
        return readings;
    }

    /** A non-decreasing series with irregular, unaligned timestamps and occasional long gaps. */
    static List<RegisterReading> monotone(SplittableRandom random, Instant start, Instant end) {
        List<RegisterReading> readings = new ArrayList<>();
        double value = random.nextDouble(0, 50_000);
        for (Instant ts = start; ts.isBefore(end); ts = ts.plus(randomStep(random))) {
            readings.add(new RegisterReading(ts, value));
            value += random.nextInt(10) == 0 ? 0 : random.nextDouble(0, 3);
        }
        return readings;
    }

    /**
     * A series that exercises every rule: noise, resets (or wraps, for a wrapping register), implausible
     * spikes and meter exchanges, some with a final reading that makes the interval negative.
     */
    static Series messy(SplittableRandom random, Instant start, Instant end, boolean wrapping) {
        List<RegisterReading> readings = new ArrayList<>();
        List<MeterExchange> exchanges = new ArrayList<>();
        double value = random.nextDouble(0, 900);
        readings.add(new RegisterReading(start, value));
        for (Instant ts = start.plus(randomStep(random)); ts.isBefore(end); ts = ts.plus(randomStep(random))) {
            Instant previous = readings.get(readings.size() - 1).ts();
            // Normal use stays below the 50 per hour of MESSY_RULES, so only the spikes are implausible.
            double normalUse = random.nextDouble(0, 20) * Duration.between(previous, ts).toMillis() / 3_600_000.0;
            int event = random.nextInt(100);
            if (event == 0) {
                Instant at = previous.plusMillis(1 + random.nextLong(Duration.between(previous, ts).toMillis()));
                double finalReading = value + random.nextDouble(-2, 5);
                double startReading = random.nextDouble(0, 3);
                exchanges.add(new MeterExchange(at, finalReading, startReading));
                value = startReading + normalUse;
            } else if (event < 4) {
                value -= random.nextDouble(0, 0.0009);
            } else if (event < 6) {
                value = random.nextDouble(0, 5);
            } else if (event < 8) {
                value += 1000 + random.nextDouble(0, 500);
            } else {
                value += normalUse;
            }
            value = Math.max(0, wrapping ? value % 1000.0 : value);
            readings.add(new RegisterReading(ts, value));
        }
        return new Series(readings, exchanges, wrapping ? MESSY_WRAPPING_RULES : MESSY_RULES);
    }

    /** The tiny stand-in for what the database does: order by ts and keep one reading per instant. */
    static List<RegisterReading> sortedDistinct(Collection<RegisterReading> readings) {
        Map<Instant, RegisterReading> byTs = new LinkedHashMap<>();
        readings.stream().sorted(Comparator.comparing(RegisterReading::ts))
                .forEach(reading -> byTs.putIfAbsent(reading.ts(), reading));
        return List.copyOf(byTs.values());
    }

    /** The readings in random order, with some of them delivered twice. */
    static List<RegisterReading> shuffledWithDuplicates(List<RegisterReading> readings, SplittableRandom random) {
        List<RegisterReading> shuffled = new ArrayList<>(readings);
        for (RegisterReading reading : readings) {
            if (random.nextInt(10) == 0) {
                shuffled.add(reading);
            }
        }
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            shuffled.set(j, shuffled.set(i, shuffled.get(j)));
        }
        return shuffled;
    }

    /** Mostly minutes apart, sometimes hours, rarely days; millisecond offsets keep timestamps unaligned. */
    private static Duration randomStep(SplittableRandom random) {
        int kind = random.nextInt(100);
        long maxMillis = kind < 80 ? 20 * 60_000L : kind < 97 ? 3 * 3_600_000L : 3 * 86_400_000L;
        return Duration.ofMillis(1000 + random.nextLong(maxMillis));
    }
}
