package nl.heerlen.energiemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.heerlen.energiemonitor.accounting.SupplyReturn;
import org.junit.jupiter.api.Test;

class DeltaTRuleTests {
    private static final Instant WINDOW_START = Instant.parse("2026-06-01T08:00:00Z");
    private final DeltaTRule rule = new DeltaTRule(AlertsTestProperties.defaults());

    @Test
    void aFewKelvinWhileDeliveringIsPlausibleEitherWay() {
        assertThat(rule.judge(new SupplyReturn("h", 28, 23, 8), "s", WINDOW_START)).isEmpty();
        // Cooling: the return is warmer than the supply.
        assertThat(rule.judge(new SupplyReturn("h", 16, 21, 8), "s", WINDOW_START)).isEmpty();
    }

    @Test
    void noDifferenceWhileDeliveringFires() {
        assertThat(rule.judge(new SupplyReturn("h", 28, 27.9, 8), "s", WINDOW_START))
                .hasValueSatisfying(a -> assertThat(a.message()).contains("te klein"));
    }

    @Test
    void anImpossiblyLargeDifferenceFires() {
        assertThat(rule.judge(new SupplyReturn("h", 85, 20, 8), "s", WINDOW_START))
                .hasValueSatisfying(a -> assertThat(a.value()).isEqualTo(65));
    }

    @Test
    void tooFewQuartersWithEnergyFlowingAreNotJudged() {
        assertThat(rule.judge(new SupplyReturn("h", 28, 28, 3), "s", WINDOW_START)).isEmpty();
    }
}
