package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.Readings.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property (b): over a whole Amsterdam year, including both DST days, the 15-minute buckets add up to
 * every hour, day, month and year bucket, for value, measured seconds, implausible energy and the flag.
 */
class BucketConsistencyPropertyTests {

    private static final Instant YEAR_START = local("2026-01-01T00:00");
    private static final Instant YEAR_END = local("2027-01-01T00:00");
    private static final List<Resolution> COARSER = List.of(Resolution.HOUR, Resolution.DAY, Resolution.MONTH, Resolution.YEAR);

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.heerlen.energiemonitor.accounting.Seeds#seeds")
    void fifteenMinuteBucketsAddUpToEveryCoarserBucket(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Readings.Series series = Readings.messy(random, YEAR_START.minus(Duration.ofDays(2)).plusMillis(random.nextLong(86_400_000L)),
                YEAR_END.plus(Duration.ofDays(2)), seed % 2 == 0);
        List<QuarterHour> quarterHours = QuarterHourSpreader.spread(series.intervals(), YEAR_START, YEAR_END);
        List<EnergyBucket> fine = BucketAggregator.aggregate(quarterHours, Resolution.QUARTER_HOUR, YEAR_START, YEAR_END);
        assertThat(fine).as("seed %d", seed).hasSize(365 * 96);

        for (Resolution resolution : COARSER) {
            int next = 0;
            for (EnergyBucket bucket : BucketAggregator.aggregate(quarterHours, resolution, YEAR_START, YEAR_END)) {
                double value = 0;
                double implausible = 0;
                double measuredSeconds = 0;
                boolean estimated = false;
                int count = 0;
                // Both lists are in time order, so one pointer walks the quarters once per resolution.
                for (; next < fine.size() && fine.get(next).start().isBefore(bucket.end()); next++, count++) {
                    EnergyBucket quarter = fine.get(next);
                    value += quarter.value();
                    implausible += quarter.implausibleEnergy();
                    measuredSeconds += quarter.coverage() * 900;
                    estimated |= quarter.estimated();
                }
                long seconds = Duration.between(bucket.start(), bucket.end()).toSeconds();
                Supplier<String> where = () -> String.format("seed %d, %s bucket %s", seed, resolution, bucket.start());
                assertThat(count).as(where).isEqualTo(seconds / 900);
                assertThat(bucket.value()).as(where).isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value))));
                assertThat(bucket.implausibleEnergy()).as(where).isCloseTo(implausible, within(1e-9 * Math.max(1, Math.abs(implausible))));
                assertThat(bucket.coverage() * seconds).as(where).isCloseTo(measuredSeconds, within(1e-6));
                assertThat(bucket.estimated()).as(where).isEqualTo(estimated);
            }
            assertThat(next).as("seed %d, %s buckets consumed every quarter", seed, resolution).isEqualTo(fine.size());
        }
    }
}
