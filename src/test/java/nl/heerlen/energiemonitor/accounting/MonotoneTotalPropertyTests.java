package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.Readings.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property (a): for a register that only goes up, the quarter hours add up to last minus first. */
class MonotoneTotalPropertyTests {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.heerlen.energiemonitor.accounting.Seeds#seeds")
    void quarterHoursOfAMonotoneSeriesAddUpToTheRegisterIncrease(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = utc("2026-03-20T00:00:00Z").plusMillis(random.nextLong(86_400_000L));
        List<RegisterReading> readings = Readings.monotone(random, start, start.plus(Duration.ofDays(60)));
        ChannelRules rules = new ChannelRules(0.001, Double.POSITIVE_INFINITY, Duration.ofMinutes(30), null);

        Instant from = Resolution.QUARTER_HOUR.floor(readings.get(0).ts());
        Instant to = Resolution.QUARTER_HOUR.next(readings.get(readings.size() - 1).ts());
        List<QuarterHour> quarters = QuarterHourSpreader.spread(
                IntervalCalculator.intervals(readings, rules, List.of()), from, to);

        double expected = readings.get(readings.size() - 1).value() - readings.get(0).value();
        double total = quarters.stream().mapToDouble(QuarterHour::energy).sum();
        assertThat(total).as("seed %d", seed).isCloseTo(expected, within(1e-6 * Math.max(1.0, expected)));
        assertThat(quarters).as("seed %d", seed).allSatisfy(quarter -> assertThat(quarter.implausibleEnergy()).isZero());
        assertThat(quarters.stream().mapToDouble(q -> q.measuredSeconds() + q.estimatedSeconds()).sum())
                .as("seed %d: every second between first and last reading is covered once", seed)
                .isCloseTo(Duration.between(readings.get(0).ts(), readings.get(readings.size() - 1).ts()).toMillis() / 1000.0,
                        within(1e-3));
    }
}
