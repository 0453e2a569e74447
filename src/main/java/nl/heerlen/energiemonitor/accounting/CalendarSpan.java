package nl.heerlen.energiemonitor.accounting;

import java.time.LocalDate;
import java.util.Objects;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.TimeRange;

/**
 * The Amsterdam days [firstDay, endDay) split into whole months [firstMonth, endMonth), read from the month rollups,
 * and the days before and after them, read from the day rollups: [firstDay, headEnd) and [tailStart, endDay). Without
 * a whole month inside, the months are empty and the two day ranges cover everything.
 */
record CalendarSpan(LocalDate firstDay, LocalDate headEnd, LocalDate firstMonth, LocalDate endMonth,
                    LocalDate tailStart, LocalDate endDay) {
    CalendarSpan {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(endDay, "endDay");
    }

    /** The days whose start lies inside {@code range}, as {@link EnergyTotals} has always counted them. */
    static CalendarSpan daysStartingIn(TimeRange range) {
        return of(date(Resolution.DAY.ceil(range.from())), date(Resolution.DAY.ceil(range.to())));
    }

    /** @param endDay exclusive; not before {@code firstDay} */
    static CalendarSpan of(LocalDate firstDay, LocalDate endDay) {
        if (endDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("span end " + endDay + " is before its start " + firstDay);
        }
        LocalDate firstMonth = firstDay.getDayOfMonth() == 1 ? firstDay : firstDay.withDayOfMonth(1).plusMonths(1);
        LocalDate endMonth = endDay.withDayOfMonth(1);
        LocalDate headEnd = min(firstMonth, endDay);
        LocalDate tailStart = max(endMonth, firstMonth);
        return new CalendarSpan(firstDay, headEnd, firstMonth, endMonth, tailStart, endDay);
    }

    boolean hasWholeMonths() {
        return firstMonth.isBefore(endMonth);
    }

    private static LocalDate date(java.time.Instant t) {
        return LocalDate.ofInstant(t, AmsterdamCalendar.ZONE);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
