package nl.heerlen.energiemonitor.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.heerlen.energiemonitor.registry.MeterKind;

/**
 * Inverter comparison as PV portals do it: a roof whose specific yield (kWh/kWp) over the window is well below the
 * median of comparable roofs (same kind of meter) underperforms. Roofs with poor data coverage are left out of the
 * comparison, so an outage shows up as "offline", not as a weak roof.
 */
final class UnderperformanceRule {
    /** One roof's figures over the window. */
    record RoofYield(String meterId, String siteId, MeterKind kind, double kwh, double capacityKwp, double coverage) {
        double specificYield() {
            return kwh / capacityKwp;
        }
    }

    private final AlertsProperties properties;

    UnderperformanceRule(AlertsProperties properties) {
        this.properties = properties;
    }

    List<Alert> judge(List<RoofYield> roofs, Instant windowStart) {
        Map<MeterKind, List<RoofYield>> byKind = roofs.stream()
                .filter(r -> r.capacityKwp() > 0 && r.coverage() >= properties.underperformanceMinCoverage())
                .collect(Collectors.groupingBy(RoofYield::kind));
        List<Alert> alerts = new ArrayList<>();
        for (List<RoofYield> peers : byKind.values()) {
            if (peers.size() < properties.underperformanceMinPeers()) {
                continue;
            }
            double threshold = properties.underperformanceRatio() * median(peers);
            for (RoofYield roof : peers) {
                if (roof.specificYield() < threshold) {
                    alerts.add(Alert.forMeter(AlertType.PV_UNDERPERFORMANCE, roof.meterId(), roof.siteId(),
                            String.format(Locale.ROOT, "Meter %s: %.2f kWh/kWp, vergelijkbare daken %.2f kWh/kWp (mediaan)",
                                    roof.meterId(), roof.specificYield(), median(peers)),
                            roof.specificYield(), threshold, windowStart));
                }
            }
        }
        return alerts;
    }

    static double median(List<RoofYield> roofs) {
        double[] yields = roofs.stream().mapToDouble(RoofYield::specificYield).sorted().toArray();
        int n = yields.length;
        return n % 2 == 1 ? yields[n / 2] : (yields[n / 2 - 1] + yields[n / 2]) / 2;
    }
}
