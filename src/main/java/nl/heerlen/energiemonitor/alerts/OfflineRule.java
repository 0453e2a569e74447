package nl.heerlen.energiemonitor.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.heerlen.energiemonitor.registry.Meter;

/**
 * A meter is offline when it has been silent for several of its own reporting intervals. A PV meter is only judged
 * while the sun is up at its site, and its silence counts from sunrise at the earliest: no alerts at night, and none
 * at dawn for an inverter that slept.
 */
final class OfflineRule {
    private final AlertsProperties properties;

    OfflineRule(AlertsProperties properties) {
        this.properties = properties;
    }

    /** {@code lastSeen} is when its newest reading arrived, or null if none arrived within the lookback. */
    Optional<Alert> judge(Meter meter, Instant lastSeen, Daylight daylight, Instant now) {
        Instant silentSince = lastSeen != null ? lastSeen : now.minus(properties.offlineLookback());
        if (meter.kind().isPhotovoltaic()) {
            Instant sunrise = daylight.daylightSince(now);
            if (sunrise == null) {
                return Optional.empty();
            }
            silentSince = later(silentSince, sunrise);
        }
        Duration silence = Duration.between(silentSince, now);
        Duration allowed = allowedSilence(meter);
        if (silence.compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        String message = lastSeen == null
                ? "Meter %s: geen meting in de afgelopen %s".formatted(meter.id(), human(properties.offlineLookback()))
                : "Meter %s: al %s geen meting (verwacht elke %s)".formatted(meter.id(), human(silence),
                        human(meter.reportingInterval()));
        return Optional.of(Alert.forMeter(AlertType.METER_OFFLINE, meter.id().value(), meter.siteId(), message,
                silence.toSeconds(), allowed.toSeconds(), silentSince));
    }

    Duration allowedSilence(Meter meter) {
        Duration missed = meter.reportingInterval().multipliedBy(properties.offlineMissedReports());
        return missed.compareTo(properties.offlineMinSilence()) > 0 ? missed : properties.offlineMinSilence();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String human(Duration d) {
        if (d.toMinutes() < 120) {
            return d.toMinutes() + " min";
        }
        return d.toHours() < 48 ? d.toHours() + " uur" : d.toDays() + " dagen";
    }
}
