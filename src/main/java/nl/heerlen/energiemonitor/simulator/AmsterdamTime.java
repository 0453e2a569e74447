package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Local wall-clock hour and weekday in Europe/Amsterdam, which drive office hours and household
 * routines. Computed from the zone offset directly because the register integration asks for
 * it millions of times and a ZonedDateTime per call dominated start-up.
 */
record AmsterdamTime(int hour, boolean weekday) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final ZoneRules RULES = ZONE.getRules();

    static AmsterdamTime of(Instant time) {
        long local = time.getEpochSecond() + RULES.getOffset(time).getTotalSeconds();
        long day = Math.floorDiv(local, 86_400L);
        int hour = (int) ((local - day * 86_400L) / 3600);
        // 1 January 1970 was a Thursday: day 0 -> index 3 with Monday = 0.
        int dayOfWeek = (int) Math.floorMod(day + 3, 7L);
        return new AmsterdamTime(hour, dayOfWeek < 5);
    }

    boolean isBetween(int fromHour, int toHour) {
        return hour >= fromHour && hour < toHour;
    }
}
