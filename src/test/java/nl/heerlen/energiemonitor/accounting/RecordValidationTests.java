package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordValidationTests {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-05T10:15:00Z");

    @Test
    void readingNeedsATimestampAndAFiniteValue() {
        assertThatNullPointerException().isThrownBy(() -> new RegisterReading(null, 1.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RegisterReading(T0, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new RegisterReading(T0, Double.POSITIVE_INFINITY));
    }

    @Test
    void defaultRulesAreLenient() {
        assertThat(ChannelRules.defaults())
                .isEqualTo(new ChannelRules(0.001, Double.POSITIVE_INFINITY, Duration.ofHours(1), null));
    }

    @Test
    void rulesRejectNonsense() {
        Duration hour = Duration.ofHours(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelRules(-0.1, 10, hour, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelRules(0.001, 0, hour, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelRules(0.001, Double.NaN, hour, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelRules(0.001, 10, Duration.ZERO, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelRules(0.001, 10, hour, 0.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelRules(0.001, 10, hour, Double.POSITIVE_INFINITY));
    }

    @Test
    void exchangeNeedsFiniteReadings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MeterExchange(T0, Double.NaN, 0));
        assertThatNullPointerException().isThrownBy(() -> new MeterExchange(null, 1, 0));
    }

    @Test
    void intervalMustBeForwardAndOnlyImplausibleMayBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new EnergyInterval(T1, T0, 1, IntervalQuality.MEASURED, IntervalCause.NORMAL));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new EnergyInterval(T0, T0, 1, IntervalQuality.MEASURED, IntervalCause.NORMAL));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new EnergyInterval(T0, T1, -1, IntervalQuality.ESTIMATED, IntervalCause.EXCHANGE));
        assertThat(new EnergyInterval(T0, T1, -1, IntervalQuality.IMPLAUSIBLE, IntervalCause.EXCHANGE).energy()).isEqualTo(-1);
    }
}
