package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.Readings.reading;
import static nl.heerlen.energiemonitor.accounting.Readings.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalCalculatorTests {

    private static final ChannelRules DEFAULTS = ChannelRules.defaults();
    private static final ChannelRules WRAPPING = new ChannelRules(0.001, Double.POSITIVE_INFINITY, Duration.ofHours(1), 100_000.0);

    private static EnergyInterval single(RegisterReading r0, RegisterReading r1, ChannelRules rules, MeterExchange... exchanges) {
        List<EnergyInterval> intervals = IntervalCalculator.intervals(List.of(r0, r1), rules, List.of(exchanges));
        assertThat(intervals).hasSize(1);
        return intervals.get(0);
    }

    @Test
    void normalDeltaIsTheDifference() {
        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 1200.0), reading("2026-01-05T10:15:00Z", 1203.5), DEFAULTS);

        assertThat(interval).isEqualTo(new EnergyInterval(utc("2026-01-05T10:00:00Z"), utc("2026-01-05T10:15:00Z"),
                3.5, IntervalQuality.MEASURED, IntervalCause.NORMAL));
    }

    @Test
    void decreaseWithinToleranceIsNoiseAndCountsAsZero() {
        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 1203.5), reading("2026-01-05T10:15:00Z", 1203.4995), DEFAULTS);

        assertThat(interval.energy()).isZero();
        assertThat(interval.cause()).isEqualTo(IntervalCause.NOISE);
        assertThat(interval.quality()).isEqualTo(IntervalQuality.MEASURED);
    }

    @Test
    void decreaseBeyondToleranceIsAResetCountingTheNewValue() {
        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 1203.5), reading("2026-01-05T10:15:00Z", 2.0), DEFAULTS);

        assertThat(interval.energy()).isEqualTo(2.0);
        assertThat(interval.cause()).isEqualTo(IntervalCause.RESET);
    }

    @Test
    void decreaseJustOverToleranceIsAlreadyAReset() {
        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 10.0), reading("2026-01-05T10:15:00Z", 9.998), DEFAULTS);

        assertThat(interval.cause()).isEqualTo(IntervalCause.RESET);
        assertThat(interval.energy()).isEqualTo(9.998);
    }

    @Test
    void registerWithMaximumWrapsAround() {
        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 99_998.0), reading("2026-01-05T10:15:00Z", 3.0), WRAPPING);

        assertThat(interval.energy()).isEqualTo(5.0);
        assertThat(interval.cause()).isEqualTo(IntervalCause.WRAP);
    }

    @Test
    void smallDipOnAWrappingRegisterIsStillNoise() {
        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 500.0), reading("2026-01-05T10:15:00Z", 499.9995), WRAPPING);

        assertThat(interval.cause()).isEqualTo(IntervalCause.NOISE);
        assertThat(interval.energy()).isZero();
    }

    @Test
    void exchangeInsideTheIntervalJoinsBothRegisters() {
        MeterExchange exchange = new MeterExchange(utc("2026-01-05T10:10:00Z"), 5210.0, 0.4);

        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 5208.0), reading("2026-01-05T10:15:00Z", 1.9), DEFAULTS, exchange);

        assertThat(interval.energy()).isCloseTo(3.5, within(1e-9));
        assertThat(interval.cause()).isEqualTo(IntervalCause.EXCHANGE);
        assertThat(interval.quality()).isEqualTo(IntervalQuality.MEASURED);
    }

    @Test
    void exchangeTakesPrecedenceOverWrap() {
        MeterExchange exchange = new MeterExchange(utc("2026-01-05T10:05:00Z"), 99_999.0, 0.0);

        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 99_998.0), reading("2026-01-05T10:15:00Z", 3.0), WRAPPING, exchange);

        assertThat(interval.cause()).isEqualTo(IntervalCause.EXCHANGE);
        assertThat(interval.energy()).isEqualTo(4.0);
    }

    @Test
    void exchangeBelongsToTheIntervalThatEndsAtOrAfterIt() {
        List<RegisterReading> readings = List.of(reading("2026-01-05T10:00:00Z", 50.0),
                reading("2026-01-05T10:15:00Z", 1.0), reading("2026-01-05T10:30:00Z", 4.0));
        MeterExchange atSecondReading = new MeterExchange(utc("2026-01-05T10:15:00Z"), 52.0, 0.0);

        List<EnergyInterval> intervals = IntervalCalculator.intervals(readings, DEFAULTS, List.of(atSecondReading));

        assertThat(intervals).extracting(EnergyInterval::cause).containsExactly(IntervalCause.EXCHANGE, IntervalCause.NORMAL);
        assertThat(intervals).extracting(EnergyInterval::energy).containsExactly(3.0, 3.0);
    }

    @Test
    void severalExchangesInOneIntervalChain() {
        List<MeterExchange> exchanges = List.of(new MeterExchange(utc("2026-01-05T10:10:00Z"), 7.0, 1.0),
                new MeterExchange(utc("2026-01-05T10:05:00Z"), 102.0, 0.0));

        List<EnergyInterval> intervals = IntervalCalculator.intervals(
                List.of(reading("2026-01-05T10:00:00Z", 100.0), reading("2026-01-05T10:15:00Z", 4.0)), DEFAULTS, exchanges);

        assertThat(intervals.get(0).energy()).isEqualTo(2.0 + 7.0 + 3.0);
    }

    @Test
    void exchangesOutsideTheReadingsAreIgnored() {
        List<MeterExchange> exchanges = List.of(new MeterExchange(utc("2026-01-05T10:00:00Z"), 0.0, 0.0),
                new MeterExchange(utc("2026-01-05T10:16:00Z"), 0.0, 0.0));

        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 10.0), reading("2026-01-05T10:15:00Z", 12.0), DEFAULTS,
                exchanges.toArray(MeterExchange[]::new));

        assertThat(interval.cause()).isEqualTo(IntervalCause.NORMAL);
    }

    @Test
    void negativeEnergyFromExchangeDataIsImplausible() {
        MeterExchange wrongFinal = new MeterExchange(utc("2026-01-05T10:05:00Z"), 90.0, 0.0);

        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 100.0), reading("2026-01-05T10:15:00Z", 1.0), DEFAULTS, wrongFinal);

        assertThat(interval.energy()).isEqualTo(-9.0);
        assertThat(interval.quality()).isEqualTo(IntervalQuality.IMPLAUSIBLE);
    }

    @Test
    void rateAboveTheMaximumIsImplausibleButKeepsItsEnergy() {
        ChannelRules rules = new ChannelRules(0.001, 50.0, Duration.ofHours(1), null);

        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 100.0), reading("2026-01-05T10:15:00Z", 200.0), rules);

        assertThat(interval.quality()).isEqualTo(IntervalQuality.IMPLAUSIBLE);
        assertThat(interval.energy()).isEqualTo(100.0);
        assertThat(interval.cause()).isEqualTo(IntervalCause.NORMAL);
    }

    @Test
    void rateExactlyAtTheMaximumIsPlausible() {
        ChannelRules rules = new ChannelRules(0.001, 50.0, Duration.ofHours(1), null);

        EnergyInterval interval = single(reading("2026-01-05T10:00:00Z", 100.0), reading("2026-01-05T10:15:00Z", 112.5), rules);

        assertThat(interval.quality()).isEqualTo(IntervalQuality.MEASURED);
    }

    @Test
    void intervalLongerThanTheMaximumGapIsEstimated() {
        List<EnergyInterval> intervals = IntervalCalculator.intervals(List.of(reading("2026-01-05T00:00:00Z", 0.0),
                reading("2026-01-05T01:00:00Z", 1.0), reading("2026-01-05T02:00:01Z", 2.0)), DEFAULTS, List.of());

        assertThat(intervals).extracting(EnergyInterval::quality)
                .containsExactly(IntervalQuality.MEASURED, IntervalQuality.ESTIMATED);
        assertThat(intervals).extracting(EnergyInterval::energy).containsExactly(1.0, 1.0);
    }

    @Test
    void fewerThanTwoReadingsGiveNoIntervals() {
        assertThat(IntervalCalculator.intervals(List.of(), DEFAULTS, List.of())).isEmpty();
        assertThat(IntervalCalculator.intervals(List.of(reading("2026-01-05T00:00:00Z", 1.0)), DEFAULTS, List.of())).isEmpty();
    }

    @Test
    void unsortedOrDuplicateReadingsAreRejected() {
        RegisterReading early = reading("2026-01-05T00:00:00Z", 1.0);
        RegisterReading late = reading("2026-01-05T00:15:00Z", 2.0);

        assertThatIllegalArgumentException().isThrownBy(() -> IntervalCalculator.intervals(List.of(late, early), DEFAULTS, List.of()))
                .withMessageContaining("sorted");
        assertThatIllegalArgumentException().isThrownBy(() -> IntervalCalculator.intervals(List.of(early, early), DEFAULTS, List.of()));
    }

    @Test
    void twoExchangesAtOneInstantAreRejected() {
        MeterExchange exchange = new MeterExchange(utc("2026-01-05T00:05:00Z"), 1.0, 0.0);

        assertThatIllegalArgumentException().isThrownBy(() -> IntervalCalculator.intervals(
                List.of(reading("2026-01-05T00:00:00Z", 1.0)), DEFAULTS, List.of(exchange, exchange)));
    }
}
