package nl.heerlen.energiemonitor.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Judges the way in from this instance's own meters: the share of readings rejected since the previous evaluation,
 * the accounting lag, and changed ranges the accounting set aside after repeated failures (any is an alert: the
 * rollups of that meter channel stay wrong until someone fixes the cause and retries). Reading the published meters (not the modules' internals) keeps alerts decoupled from them.
 */
@Component
class IngestHealth {
    static final String ACCEPTED = "energiemonitor.readings.accepted";
    static final String REJECTED = "energiemonitor.readings.rejected";
    static final String LAG = "energiemonitor.accounting.lag";
    static final String FAILED = "energiemonitor.accounting.ranges.failed";

    private final MeterRegistry registry;
    private final AlertsProperties properties;
    private double previousAccepted;
    private double previousRejected;

    IngestHealth(MeterRegistry registry, AlertsProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    /** Compares with the previous call: the first call sees everything counted since start. */
    synchronized List<Alert> judge(Instant now) {
        double accepted = total(ACCEPTED);
        double rejected = total(REJECTED);
        double newAccepted = Math.max(0, accepted - previousAccepted);
        double newRejected = Math.max(0, rejected - previousRejected);
        previousAccepted = accepted;
        previousRejected = rejected;
        List<Alert> alerts = new ArrayList<>();
        double share = newRejected / Math.max(1, newAccepted + newRejected);
        if (newRejected >= properties.rejectMinCount() && share > properties.rejectShareMax()) {
            alerts.add(Alert.forService(AlertType.INGEST_REJECTS, "ingest", String.format(Locale.ROOT,
                    "%.0f van %.0f metingen afgewezen (%.1f %%) sinds de vorige controle",
                    newRejected, newAccepted + newRejected, 100 * share), share, properties.rejectShareMax(), now));
        }
        Gauge lag = registry.find(LAG).gauge();
        double lagSeconds = lag == null ? 0 : lag.value();
        if (lagSeconds > properties.accountingLagMax().toSeconds()) {
            alerts.add(Alert.forService(AlertType.ACCOUNTING_LAG, "accounting", String.format(Locale.ROOT,
                    "De rollups lopen %.0f s achter", lagSeconds), lagSeconds,
                    properties.accountingLagMax().toSeconds(), now.minusSeconds((long) lagSeconds)));
        }
        Gauge failed = registry.find(FAILED).gauge();
        double failedRanges = failed == null ? 0 : failed.value();
        if (failedRanges > 0) {
            alerts.add(Alert.forService(AlertType.ACCOUNTING_FAILED, "accounting", String.format(Locale.ROOT,
                    "%.0f gewijzigde reeksen na herhaalde fouten apart gezet (GET /api/v1/admin/accounting/failed-ranges)",
                    failedRanges), failedRanges, 0, now));
        }
        return alerts;
    }

    private double total(String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }
}
