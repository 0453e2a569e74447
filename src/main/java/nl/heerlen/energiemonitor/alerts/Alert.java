package nl.heerlen.energiemonitor.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * One active alert.
 *
 * @param subject what it is about: a meter id, or "ingest"/"accounting" for the service itself
 * @param value the measured figure (silence in seconds, kWh/kWp, kelvin, share, seconds)
 * @param threshold the figure it was compared with
 * @param since when the condition began, as far as known
 */
public record Alert(AlertType type, String subject, String meterId, String siteId, String message, double value,
                    double threshold, Instant since) {
    public Alert {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(since, "since");
    }

    static Alert forMeter(AlertType type, String meterId, String siteId, String message, double value,
                          double threshold, Instant since) {
        return new Alert(type, meterId, meterId, siteId, message, value, threshold, since);
    }

    static Alert forService(AlertType type, String subject, String message, double value, double threshold,
                            Instant since) {
        return new Alert(type, subject, null, null, message, value, threshold, since);
    }
}
