package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.Readings.reading;
import static nl.heerlen.energiemonitor.accounting.Readings.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketAggregatorTests {

    private static final Instant TEN = utc("2026-01-05T10:00:00Z");
    private static final Instant ELEVEN = utc("2026-01-05T11:00:00Z");
    private static final Instant TWELVE = utc("2026-01-05T12:00:00Z");

    private static QuarterHour quarter(String start, double energy, double measured, double estimated, double implausible) {
        return new QuarterHour(utc(start), energy, measured, estimated, implausible);
    }

    @Test
    void sumsQuartersIntoHoursWithCoverageAndFlags() {
        List<QuarterHour> quarters = List.of(
                quarter("2026-01-05T10:00:00Z", 1.0, 900, 0, 0),
                quarter("2026-01-05T10:15:00Z", 2.0, 450, 450, 0),
                quarter("2026-01-05T10:30:00Z", 0.0, 0, 0, 7.5));

        List<EnergyBucket> hours = BucketAggregator.aggregate(quarters, Resolution.HOUR, TEN, TWELVE);

        assertThat(hours).containsExactly(
                new EnergyBucket(TEN, ELEVEN, 3.0, 1350.0 / 3600, true, 7.5),
                new EnergyBucket(ELEVEN, TWELVE, 0.0, 0.0, false, 0.0));
    }

    @Test
    void aGapIsReturnedAsZeroCoverageBuckets() {
        List<EnergyBucket> quarters = BucketAggregator.aggregate(
                List.of(quarter("2026-01-05T10:30:00Z", 1.0, 900, 0, 0)), Resolution.QUARTER_HOUR, TEN, ELEVEN);

        assertThat(quarters).extracting(EnergyBucket::coverage).containsExactly(0.0, 0.0, 1.0, 0.0);
        assertThat(quarters).extracting(EnergyBucket::value).containsExactly(0.0, 0.0, 1.0, 0.0);
    }

    @Test
    void coverageCountsOnlyMeasuredSeconds() {
        List<RegisterReading> readings = List.of(reading("2026-01-05T00:00:00Z", 0.0),
                reading("2026-01-05T00:30:00Z", 1.0), reading("2026-01-05T03:30:00Z", 7.0));
        List<QuarterHour> quarters = QuarterHourSpreader.spread(
                IntervalCalculator.intervals(readings, ChannelRules.defaults(), List.of()),
                utc("2026-01-05T00:00:00Z"), utc("2026-01-05T04:00:00Z"));

        List<EnergyBucket> hours = BucketAggregator.aggregate(quarters, Resolution.HOUR,
                utc("2026-01-05T00:00:00Z"), utc("2026-01-05T04:00:00Z"));

        assertThat(hours).extracting(EnergyBucket::coverage).containsExactly(0.5, 0.0, 0.0, 0.0);
        assertThat(hours).extracting(EnergyBucket::estimated).containsExactly(true, true, true, true);
        assertThat(hours).extracting(EnergyBucket::value).containsExactly(2.0, 2.0, 2.0, 1.0);
    }

    @Test
    void quartersOutsideTheRangeAreIgnored() {
        List<QuarterHour> quarters = List.of(quarter("2026-01-05T09:45:00Z", 5.0, 900, 0, 0),
                quarter("2026-01-05T10:00:00Z", 1.0, 900, 0, 0), quarter("2026-01-05T11:00:00Z", 5.0, 900, 0, 0));

        assertThat(BucketAggregator.aggregate(quarters, Resolution.HOUR, TEN, ELEVEN))
                .singleElement().extracting(EnergyBucket::value).isEqualTo(1.0);
    }

    @Test
    void emptyRangeGivesNoBuckets() {
        assertThat(BucketAggregator.aggregate(List.of(), Resolution.DAY, Readings.local("2026-01-05T00:00"),
                Readings.local("2026-01-05T00:00"))).isEmpty();
    }

    @Test
    void rangeMustBeAlignedToTheResolution() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BucketAggregator.aggregate(List.of(), Resolution.DAY, TEN, TEN.plus(Duration.ofDays(1))))
                .withMessageContaining("aligned to day");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BucketAggregator.aggregate(List.of(), Resolution.HOUR, ELEVEN, TEN));
    }

    @Test
    void unorderedQuartersAreRejected() {
        List<QuarterHour> quarters = List.of(quarter("2026-01-05T10:15:00Z", 1.0, 900, 0, 0),
                quarter("2026-01-05T10:00:00Z", 1.0, 900, 0, 0));

        assertThatIllegalArgumentException().isThrownBy(() -> BucketAggregator.aggregate(quarters, Resolution.HOUR, TEN, ELEVEN));
    }

    @Test
    void bucketCoverageIsAFraction() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EnergyBucket(TEN, ELEVEN, 1, 1.5, false, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new EnergyBucket(ELEVEN, TEN, 1, 0.5, false, 0));
    }
}
