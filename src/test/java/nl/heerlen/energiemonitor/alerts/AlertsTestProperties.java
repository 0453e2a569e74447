package nl.heerlen.energiemonitor.alerts;

import java.time.Duration;

/** The module's defaults, as Spring binds them without configuration. */
final class AlertsTestProperties {
    private AlertsTestProperties() {
    }

    static AlertsProperties defaults() {
        return new AlertsProperties(true, Duration.ofMinutes(1), 3, Duration.ofMinutes(30), Duration.ofDays(7), 5,
                50.89, 5.98, Duration.ofDays(14), 0.7, 3, 0.8, Duration.ofHours(2), 0.5, 15, 4, 0.05, 10,
                Duration.ofMinutes(15));
    }
}
