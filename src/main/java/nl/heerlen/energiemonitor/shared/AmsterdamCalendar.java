package nl.heerlen.energiemonitor.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Days, months and years of the reports are calendar periods in Europe/Amsterdam. */
public final class AmsterdamCalendar {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private AmsterdamCalendar() {
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static TimeRange year(int year) {
        return new TimeRange(startOf(LocalDate.of(year, 1, 1)), startOf(LocalDate.of(year + 1, 1, 1)));
    }

    public static OffsetDateTime local(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }
}
