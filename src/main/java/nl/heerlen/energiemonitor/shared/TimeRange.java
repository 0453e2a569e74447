package nl.heerlen.energiemonitor.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** A half-open range [from, to) of instants. */
public record TimeRange(Instant from, Instant to) {
    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
    }

    public Duration duration() {
        return Duration.between(from, to);
    }

    /**
     * Parses user input where each end is either a date (local midnight in Europe/Amsterdam) or an ISO-8601 instant
     * with an offset.
     */
    public static TimeRange parse(String from, String to) {
        return new TimeRange(parseBound("from", from), parseBound("to", to));
    }

    static Instant parseBound(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is required (a date like 2026-06-01 or an instant like 2026-06-01T00:00:00+02:00)");
        }
        try {
            if (text.length() == 10) {
                return AmsterdamCalendar.startOf(LocalDate.parse(text));
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' is neither a date (yyyy-MM-dd) nor an ISO-8601 instant with offset: " + text);
        }
    }
}
