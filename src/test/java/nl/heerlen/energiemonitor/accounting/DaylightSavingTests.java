package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.Readings.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two 2026 clock changes in Europe/Amsterdam: 29 March lasts 23 hours, 25 October lasts 25. */
class DaylightSavingTests {

    @ParameterizedTest
    @CsvSource({
            "2026-03-29, 2026-03-28T23:00:00Z, 2026-03-29T22:00:00Z, 23",
            "2026-10-25, 2026-10-24T22:00:00Z, 2026-10-25T23:00:00Z, 25",
            "2026-06-01, 2026-05-31T22:00:00Z, 2026-06-01T22:00:00Z, 24",
    })
    void dayBucketsStartAtLocalMidnightAndHaveTheirRealLength(String day, Instant start, Instant end, int hours) {
        List<EnergyBucket> buckets = BucketAggregator.aggregate(List.of(), Resolution.DAY, start, end);

        assertThat(local(day + "T00:00")).isEqualTo(start);
        assertThat(buckets).singleElement().satisfies(bucket -> {
            assertThat(bucket.start()).isEqualTo(start);
            assertThat(bucket.end()).isEqualTo(end);
            assertThat(Duration.between(bucket.start(), bucket.end())).isEqualTo(Duration.ofHours(hours));
        });
    }

    @ParameterizedTest
    @CsvSource({"2026-03-29, 92", "2026-10-25, 100"})
    void aFullyMeasuredDstDayHasCoverageOne(String day, int quarters) {
        Instant start = local(day + "T00:00");
        Instant end = Resolution.DAY.next(start);
        double[] values = new double[quarters + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1000.0 + 0.25 * i;
        }
        List<EnergyInterval> intervals = IntervalCalculator.intervals(
                Readings.series(start, Duration.ofMinutes(15), values), ChannelRules.defaults(), List.of());

        List<QuarterHour> quarterHours = QuarterHourSpreader.spread(intervals, start, end);
        List<EnergyBucket> days = BucketAggregator.aggregate(quarterHours, Resolution.DAY, start, end);

        assertThat(quarterHours).hasSize(quarters);
        assertThat(days).singleElement().satisfies(bucket -> {
            assertThat(bucket.coverage()).isEqualTo(1.0);
            assertThat(bucket.value()).isEqualTo(0.25 * quarters);
            assertThat(bucket.estimated()).isFalse();
        });
    }

    @ParameterizedTest
    @CsvSource({"2026-03-28, 2026-04-01, 96, 92, 96, 96", "2026-10-24, 2026-10-28, 96, 100, 96, 96"})
    void consecutiveDaysAroundTheChangeTileTheTimeline(String from, String to, int q1, int q2, int q3, int q4) {
        Instant start = local(from + "T00:00");
        Instant end = local(to + "T00:00");

        List<EnergyBucket> days = BucketAggregator.aggregate(List.of(), Resolution.DAY, start, end);
        List<EnergyBucket> quarters = BucketAggregator.aggregate(List.of(), Resolution.QUARTER_HOUR, start, end);

        assertThat(days).extracting(bucket -> Duration.between(bucket.start(), bucket.end()).toMinutes() / 15)
                .containsExactly((long) q1, (long) q2, (long) q3, (long) q4);
        for (int i = 1; i < days.size(); i++) {
            assertThat(days.get(i).start()).isEqualTo(days.get(i - 1).end());
        }
        assertThat(quarters).hasSize(q1 + q2 + q3 + q4);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-01, 743", "2026-10-01, 745", "2026-07-01, 744"})
    void monthsContainingAClockChangeAreAnHourShorterOrLonger(String firstDay, long hours) {
        Instant start = local(firstDay + "T00:00");

        assertThat(Duration.between(start, Resolution.MONTH.next(start)).toHours()).isEqualTo(hours);
    }
}
