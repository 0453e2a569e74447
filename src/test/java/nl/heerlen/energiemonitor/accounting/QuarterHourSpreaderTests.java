package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.Readings.reading;
import static nl.heerlen.energiemonitor.accounting.Readings.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterHourSpreaderTests {

    private static final Instant DAY_START = utc("2026-01-05T00:00:00Z");
    private static final Instant DAY_END = utc("2026-01-06T00:00:00Z");

    private static EnergyInterval measured(String start, String end, double energy) {
        return new EnergyInterval(utc(start), utc(end), energy, IntervalQuality.MEASURED, IntervalCause.NORMAL);
    }

    private static List<QuarterHour> spread(List<RegisterReading> readings, ChannelRules rules) {
        return QuarterHourSpreader.spread(IntervalCalculator.intervals(readings, rules, List.of()), DAY_START, DAY_END);
    }

    @Test
    void energyIsSpreadUniformlyAcrossQuarterEdges() {
        List<QuarterHour> quarters = QuarterHourSpreader.spread(
                List.of(measured("2026-01-05T10:07:00Z", "2026-01-05T10:37:00Z", 30.0)), DAY_START, DAY_END);

        assertThat(quarters).containsExactly(
                new QuarterHour(utc("2026-01-05T10:00:00Z"), 8.0, 480.0, 0.0, 0.0),
                new QuarterHour(utc("2026-01-05T10:15:00Z"), 15.0, 900.0, 0.0, 0.0),
                new QuarterHour(utc("2026-01-05T10:30:00Z"), 7.0, 420.0, 0.0, 0.0));
    }

    @Test
    void nothingIsExtrapolatedBeforeTheFirstOrAfterTheLastReading() {
        List<QuarterHour> quarters = spread(List.of(reading("2026-01-05T10:07:00Z", 100.0),
                reading("2026-01-05T10:22:00Z", 115.0)), ChannelRules.defaults());

        assertThat(quarters).extracting(QuarterHour::start)
                .containsExactly(utc("2026-01-05T10:00:00Z"), utc("2026-01-05T10:15:00Z"));
        assertThat(quarters).extracting(QuarterHour::energy).containsExactly(8.0, 7.0);
        assertThat(quarters).extracting(QuarterHour::measuredSeconds).containsExactly(480.0, 420.0);
    }

    @Test
    void intervalsSharingAQuarterAddUp() {
        List<QuarterHour> quarters = spread(List.of(reading("2026-01-05T10:00:00Z", 0.0),
                reading("2026-01-05T10:05:00Z", 1.0), reading("2026-01-05T10:12:00Z", 3.0)), ChannelRules.defaults());

        assertThat(quarters).containsExactly(new QuarterHour(utc("2026-01-05T10:00:00Z"), 3.0, 720.0, 0.0, 0.0));
    }

    @Test
    void estimatedIntervalCountsEnergyAsEstimatedSeconds() {
        List<QuarterHour> quarters = spread(List.of(reading("2026-01-05T10:00:00Z", 0.0),
                reading("2026-01-05T12:00:00Z", 8.0)), ChannelRules.defaults());

        assertThat(quarters).hasSize(8).allSatisfy(quarter -> {
            assertThat(quarter.energy()).isEqualTo(1.0);
            assertThat(quarter.measuredSeconds()).isZero();
            assertThat(quarter.estimatedSeconds()).isEqualTo(900.0);
        });
    }

    @Test
    void implausibleEnergyIsExcludedButReported() {
        ChannelRules rules = new ChannelRules(0.001, 50.0, Duration.ofHours(1), null);

        List<QuarterHour> quarters = spread(List.of(reading("2026-01-05T10:00:00Z", 100.0),
                reading("2026-01-05T10:15:00Z", 200.0), reading("2026-01-05T10:30:00Z", 201.0)), rules);

        assertThat(quarters).containsExactly(
                new QuarterHour(utc("2026-01-05T10:00:00Z"), 0.0, 0.0, 0.0, 100.0),
                new QuarterHour(utc("2026-01-05T10:15:00Z"), 1.0, 900.0, 0.0, 0.0));
    }

    @Test
    void onlyQuartersInsideTheRangeAreReturned() {
        List<EnergyInterval> intervals = List.of(measured("2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z", 4.0));

        List<QuarterHour> quarters = QuarterHourSpreader.spread(intervals, utc("2026-01-05T10:15:00Z"), utc("2026-01-05T10:45:00Z"));

        assertThat(quarters).extracting(QuarterHour::start)
                .containsExactly(utc("2026-01-05T10:15:00Z"), utc("2026-01-05T10:30:00Z"));
        assertThat(quarters).extracting(QuarterHour::energy).containsExactly(1.0, 1.0);
    }

    @Test
    void longIntervalSharesAreComputedIndependentlyAndAddUpToItsEnergy() {
        Instant start = utc("2026-01-01T00:00:00Z");
        EnergyInterval year = new EnergyInterval(start, utc("2027-01-01T00:00:00Z"), 1000.0, IntervalQuality.ESTIMATED, IntervalCause.NORMAL);

        List<QuarterHour> quarters = QuarterHourSpreader.spread(List.of(year), start, utc("2027-01-01T00:00:00Z"));

        assertThat(quarters).hasSize(365 * 96);
        assertThat(quarters).extracting(QuarterHour::energy).containsOnly(1000.0 / (365 * 96));
        assertThat(quarters.stream().mapToDouble(QuarterHour::energy).sum()).isCloseTo(1000.0, within(1e-9));
    }

    @Test
    void emptyRangeGivesNoQuarters() {
        Instant at = utc("2026-01-05T10:00:00Z");

        assertThat(QuarterHourSpreader.spread(List.of(measured("2026-01-05T09:00:00Z", "2026-01-05T11:00:00Z", 1.0)), at, at)).isEmpty();
    }

    @Test
    void misalignedOrReversedRangeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> QuarterHourSpreader.spread(List.of(), utc("2026-01-05T10:07:00Z"), DAY_END)).withMessageContaining("aligned");
        assertThatIllegalArgumentException().isThrownBy(() -> QuarterHourSpreader.spread(List.of(), DAY_END, DAY_START));
    }

    @Test
    void overlappingIntervalsAreRejected() {
        List<EnergyInterval> overlapping = List.of(measured("2026-01-05T10:00:00Z", "2026-01-05T10:30:00Z", 1.0),
                measured("2026-01-05T10:15:00Z", "2026-01-05T10:45:00Z", 1.0));

        assertThatIllegalArgumentException().isThrownBy(() -> QuarterHourSpreader.spread(overlapping, DAY_START, DAY_END));
    }

    @Test
    void quarterHourMustBeAlignedAndFitItsSeconds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuarterHour(DAY_START.plusSeconds(1), 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuarterHour(DAY_START, -1, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuarterHour(DAY_START, 1, 600, 301, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuarterHour(DAY_START, 1, Double.NaN, 0, 0));
    }
}
