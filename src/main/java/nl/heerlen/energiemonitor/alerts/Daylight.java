package nl.heerlen.energiemonitor.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the sun is up at a place, and since when. PV inverters switch off in the dark, so a PV meter's silence only
 * counts from the moment the sun rose above the threshold (or from its last reading, whichever is later).
 */
record Daylight(double latitudeDeg, double longitudeDeg, double minElevationDeg) {
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final Duration MAX_DAY = Duration.ofHours(24);

    boolean isDay(Instant instant) {
        return SolarPosition.elevationDeg(latitudeDeg, longitudeDeg, instant) >= minElevationDeg;
    }

    /**
     * The start of the daylight period containing {@code now} (to within {@link #STEP}), or null if it is night.
     * Walking back in small steps needs no sunrise formula and is exact enough for alerts judged in half hours.
     */
    Instant daylightSince(Instant now) {
        if (!isDay(now)) {
            return null;
        }
        Instant start = now;
        while (Duration.between(start, now).compareTo(MAX_DAY) < 0 && isDay(start.minus(STEP))) {
            start = start.minus(STEP);
        }
        return start;
    }
}
