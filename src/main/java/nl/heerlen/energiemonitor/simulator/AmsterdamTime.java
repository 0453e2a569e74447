package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Local wall-clock hour and weekday in Europe/Amsterdam, which drive office hours and household
 * routines. Computed from the zone offset directly because the register integration asks for
 * it millions of times and a ZonedDateTime per call dominated start-up.
 */
record AmsterdamTime(int hour, boolean weekday) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final ZoneRules RULES = ZONE.getRules();
    /** The stretch between two clock changes last asked for: one offset for half a year. */
    private static volatile OffsetSpan span = new OffsetSpan(0, 0, 0);

    static AmsterdamTime of(Instant time) {
        long local = time.getEpochSecond() + offsetSeconds(time);
        long day = Math.floorDiv(local, 86_400L);
        int hour = (int) ((local - day * 86_400L) / 3600);
        // 1 January 1970 was a Thursday: day 0 -> index 3 with Monday = 0.
        int dayOfWeek = (int) Math.floorMod(day + 3, 7L);
        return new AmsterdamTime(hour, dayOfWeek < 5);
    }

    private static int offsetSeconds(Instant time) {
        long second = time.getEpochSecond();
        OffsetSpan known = span;
        if (second >= known.from() && second < known.until()) {
            return known.offset();
        }
        ZoneOffsetTransition previous = RULES.previousTransition(time.plusSeconds(1));
        ZoneOffsetTransition next = RULES.nextTransition(time);
        known = new OffsetSpan(previous == null ? Long.MIN_VALUE : previous.toEpochSecond(),
                next == null ? Long.MAX_VALUE : next.toEpochSecond(), RULES.getOffset(time).getTotalSeconds());
        span = known;
        return known.offset();
    }

    private record OffsetSpan(long from, long until, int offset) {
    }

    /** Local midnight at the start of the day. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    boolean isBetween(int fromHour, int toHour) {
        return hour >= fromHour && hour < toHour;
    }
}
