package nl.heerlen.energiemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Set-aside accounting ranges, as the accounting worker publishes them, are an alert while there are any. */
class IngestHealthTests {
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void setAsideRangesAreAnAlertWhileThereAreAny() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AtomicLong failed = new AtomicLong(2);
        Gauge.builder(IngestHealth.FAILED, failed, AtomicLong::get).register(registry);
        IngestHealth health = new IngestHealth(registry, AlertsTestProperties.defaults());

        List<Alert> alerts = health.judge(NOW).stream().filter(a -> a.type() == AlertType.ACCOUNTING_FAILED).toList();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(2);
            assertThat(a.subject()).isEqualTo("accounting");
            assertThat(a.message()).contains("2 gewijzigde reeksen");
        });

        failed.set(0);
        assertThat(health.judge(NOW.plusSeconds(60))).noneMatch(a -> a.type() == AlertType.ACCOUNTING_FAILED);
    }

    @Test
    void noGaugeNoAlert() {
        assertThat(new IngestHealth(new SimpleMeterRegistry(), AlertsTestProperties.defaults()).judge(NOW)).isEmpty();
    }
}
