package nl.heerlen.energiemonitor.alerts;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class AlertSchedulerTests {
    private static final Alert LAGGING = Alert.forService(AlertType.ACCOUNTING_LAG, "accounting", "achter", 1000, 900,
            Instant.parse("2026-06-01T10:00:00Z"));

    @Test
    void evaluatesEveryIntervalAndSurvivesAFailedEvaluation() {
        AlertEvaluator evaluator = mock(AlertEvaluator.class);
        when(evaluator.evaluateAndPublish(any()))
                .thenReturn(Mono.error(new IllegalStateException("database down")))
                .thenReturn(Mono.just(List.of(LAGGING)));
        AlertScheduler scheduler = new AlertScheduler(evaluator, AlertsTestProperties.defaults(),
                Optional.of(Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC)));

        StepVerifier.withVirtualTime(scheduler::evaluations)
                .thenAwait(Duration.ofSeconds(5))
                .expectNoEvent(Duration.ofSeconds(59))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(List.of(LAGGING))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }
}
