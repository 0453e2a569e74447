package nl.heerlen.energiemonitor.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PrivacyPropertiesTests {
    static final PrivacyProperties DEFAULTS = new PrivacyProperties(10, Period.ofMonths(13), Duration.ofHours(6), true, Period.ofMonths(24));

    @Test
    void aGroupWithHomesIsSuppressedBelowTheThresholdOnly() {
        assertThat(DEFAULTS.suppresses(0)).as("no homes: nothing personal").isFalse();
        assertThat(DEFAULTS.suppresses(1)).isTrue();
        assertThat(DEFAULTS.suppresses(9)).isTrue();
        assertThat(DEFAULTS.suppresses(10)).isFalse();
        assertThat(DEFAULTS.suppresses(500)).isFalse();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new PrivacyProperties(0, Period.ofMonths(13), Duration.ofHours(6), true, Period.ofMonths(24)))
                .hasMessageContaining("min-group-size");
        assertThatThrownBy(() -> new PrivacyProperties(10, Period.ofDays(7), Duration.ofHours(6), true, Period.ofMonths(24)))
                .hasMessageContaining("retention");
        assertThatThrownBy(() -> new PrivacyProperties(10, Period.ofMonths(13), Duration.ofHours(6), true,
                Period.ofMonths(6))).hasMessageContaining("access-log-retention");
    }
}
