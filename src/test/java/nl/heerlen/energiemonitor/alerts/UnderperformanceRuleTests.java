package nl.heerlen.energiemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.heerlen.energiemonitor.alerts.UnderperformanceRule.RoofYield;
import nl.heerlen.energiemonitor.registry.MeterKind;
import org.junit.jupiter.api.Test;

class UnderperformanceRuleTests {
    private static final Instant WINDOW_START = Instant.parse("2026-05-18T22:00:00Z");
    private final UnderperformanceRule rule = new UnderperformanceRule(AlertsTestProperties.defaults());

    @Test
    void weakRoofAmongNormalOnesFiresAndTheNormalOnesDoNot() {
        List<Alert> alerts = rule.judge(List.of(
                roof("a", 10, 50, 1.0), roof("b", 20, 98, 1.0), roof("c", 5, 26, 1.0), roof("weak", 10, 20, 1.0)),
                WINDOW_START);
        assertThat(alerts).extracting(Alert::subject).containsExactly("weak");
        assertThat(alerts.get(0).value()).isEqualTo(2.0);
        assertThat(alerts.get(0).threshold()).isCloseTo(0.7 * 4.95, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void roofsAreComparedOnlyWithTheirOwnKind() {
        // Single optimizers yield differently from whole inverters; three optimizers form their own group.
        List<Alert> alerts = rule.judge(List.of(
                roof("a", 10, 50, 1.0), roof("b", 10, 50, 1.0), roof("c", 10, 50, 1.0),
                optimizer("o1", 0.4, 1.0), optimizer("o2", 0.4, 1.0), optimizer("o3", 0.4, 1.1)), WINDOW_START);
        assertThat(alerts).isEmpty();
    }

    @Test
    void roofsWithPoorCoverageAreLeftToTheOfflineAlert() {
        List<Alert> alerts = rule.judge(List.of(
                roof("a", 10, 50, 1.0), roof("b", 10, 50, 1.0), roof("c", 10, 50, 1.0), roof("gap", 10, 10, 0.3)),
                WINDOW_START);
        assertThat(alerts).isEmpty();
    }

    @Test
    void tooFewPeersMeansNoJudgement() {
        assertThat(rule.judge(List.of(roof("a", 10, 50, 1.0), roof("weak", 10, 5, 1.0)), WINDOW_START)).isEmpty();
    }

    private static RoofYield roof(String id, double kwp, double kwh, double coverage) {
        return new RoofYield(id, "site-" + id, MeterKind.PV_INVERTER, kwh, kwp, coverage);
    }

    private static RoofYield optimizer(String id, double kwh, double coverage) {
        return new RoofYield(id, "centre", MeterKind.PV_OPTIMIZER, kwh, 0.4, coverage);
    }
}
