package nl.heerlen.energiemonitor.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTests {
    @Test
    void findsSelectedMetricsButNotFunctionsLabelsOrVariables() {
        assertThat(PromQlMetricNames.of("histogram_quantile(0.95, sum by (le) (rate("
                + "energiemonitor_ingest_commit_latency_seconds_bucket{job=\"x\"}[$__rate_interval])))"))
                .containsExactly("energiemonitor_ingest_commit_latency_seconds_bucket");
    }

    @Test
    void findsBothSidesOfBinaryOperationsAndIgnoresNumbers() {
        assertThat(PromQlMetricNames.of("sum(rate(a_total[10m])) / clamp_min(sum(rate(b_total[10m])) + c, 1e-9) > bool 0.05"))
                .containsExactly("a_total", "b_total", "c");
        assertThat(PromQlMetricNames.of("max by (type) (energiemonitor_alerts_active) * on (instance) group_left up"))
                .containsExactly("energiemonitor_alerts_active", "up");
    }
}
