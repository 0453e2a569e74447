package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Bucket sizes for reports. Quarter hours and hours are aligned in UTC, which coincides with local
 * alignment because Amsterdam's offsets are whole hours. Days, months and years are calendar periods
 * in Europe/Amsterdam, so a DST day lasts 23 or 25 hours.
 */
public enum Resolution {
    QUARTER_HOUR("15m"),
    HOUR("hour"),
    DAY("day"),
    MONTH("month"),
    YEAR("year");

    /** The time zone whose calendar defines days, months and years. */
    public static final ZoneId CALENDAR_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final long QUARTER_SECONDS = 900;
    private static final long HOUR_SECONDS = 3600;

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    /** The text {@link #parse(String)} accepts for this resolution, e.g. {@code "15m"}. */
    public String label() {
        return label;
    }

    /** Start of the bucket containing {@code t}. */
    public Instant floor(Instant t) {
        Objects.requireNonNull(t, "t");
        return switch (this) {
            case QUARTER_HOUR -> floorToSeconds(t, QUARTER_SECONDS);
            case HOUR -> floorToSeconds(t, HOUR_SECONDS);
            case DAY -> startOf(localDate(t));
            case MONTH -> startOf(localDate(t).withDayOfMonth(1));
            case YEAR -> startOf(localDate(t).withDayOfYear(1));
        };
    }

    /** Start of the bucket after the one containing {@code bucketStart} (which need not be aligned). */
    public Instant next(Instant bucketStart) {
        Instant start = floor(bucketStart);
        return switch (this) {
            case QUARTER_HOUR -> start.plusSeconds(QUARTER_SECONDS);
            case HOUR -> start.plusSeconds(HOUR_SECONDS);
            case DAY -> startOf(localDate(start).plusDays(1));
            case MONTH -> startOf(localDate(start).plusMonths(1));
            case YEAR -> startOf(localDate(start).plusYears(1));
        };
    }

    /** Start of the first bucket at or after {@code t}: the exclusive end of the buckets that cover up to {@code t}. */
    public Instant ceil(Instant t) {
        return isAligned(t) ? t : next(t);
    }

    /** Whether {@code t} is the start of a bucket of this resolution. */
    public boolean isAligned(Instant t) {
        return floor(t).equals(t);
    }

    /**
     * @param text one of "15m", "hour", "day", "month", "year", case-insensitive
     * @throws IllegalArgumentException for anything else, including null
     */
    public static Resolution parse(String text) {
        for (Resolution resolution : values()) {
            if (resolution.label.equalsIgnoreCase(text)) {
                return resolution;
            }
        }
        throw new IllegalArgumentException(
                "unknown resolution '" + text + "'; expected one of 15m, hour, day, month, year");
    }

    private static Instant floorToSeconds(Instant t, long bucketSeconds) {
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), bucketSeconds) * bucketSeconds);
    }

    private static LocalDate localDate(Instant t) {
        return LocalDate.ofInstant(t, CALENDAR_ZONE);
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(CALENDAR_ZONE).toInstant();
    }
}
