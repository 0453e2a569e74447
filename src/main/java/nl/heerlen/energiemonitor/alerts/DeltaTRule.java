package nl.heerlen.energiemonitor.alerts;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.heerlen.energiemonitor.accounting.SupplyReturn;

/**
 * Mijnwater runs its warm and cold pipes a few kelvin apart. While a connection delivers heat or cold, an average
 * supply − return difference near zero (stuck or swapped sensors) or far above that (a failed sensor) is implausible.
 */
final class DeltaTRule {
    private final AlertsProperties properties;

    DeltaTRule(AlertsProperties properties) {
        this.properties = properties;
    }

    Optional<Alert> judge(SupplyReturn temperatures, String siteId, Instant windowStart) {
        if (temperatures.quarters() < properties.deltaTMinQuarters()) {
            return Optional.empty();
        }
        double difference = Math.abs(temperatures.difference());
        boolean tooSmall = difference < properties.deltaTMinKelvin();
        if (!tooSmall && difference <= properties.deltaTMaxKelvin()) {
            return Optional.empty();
        }
        String message = String.format(Locale.ROOT, "Meter %s: aanvoer %.1f °C, retour %.1f °C, verschil %.1f K %s",
                temperatures.meterId(), temperatures.supplyAvg(), temperatures.returnAvg(), temperatures.difference(),
                tooSmall ? "(te klein terwijl er energie geleverd wordt)" : "(onmogelijk groot)");
        return Optional.of(Alert.forMeter(AlertType.MIJNWATER_DELTA_T, temperatures.meterId(), siteId, message,
                difference, tooSmall ? properties.deltaTMinKelvin() : properties.deltaTMaxKelvin(), windowStart));
    }
}
