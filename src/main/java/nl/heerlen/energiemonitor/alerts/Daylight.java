package nl.heerlen.energiemonitor.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the sun is up at a place, and since when. PV inverters switch off in the dark, so a PV meter's silence only
 * counts from the moment the sun rose above the threshold (or from its last reading, whichever is later).
 */
final class Daylight {
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final Duration MAX_DAY = Duration.ofHours(24);

    private final double latitudeDeg;
    private final double longitudeDeg;
    private final double minElevationDeg;
    // The meters of one roof share a Daylight: the walk back to sunrise is done once per evaluation, not per panel.
    private Instant memoNow;
    private Instant memoSince;

    Daylight(double latitudeDeg, double longitudeDeg, double minElevationDeg) {
        this.latitudeDeg = latitudeDeg;
        this.longitudeDeg = longitudeDeg;
        this.minElevationDeg = minElevationDeg;
    }

    boolean isDay(Instant instant) {
        return SolarPosition.elevationDeg(latitudeDeg, longitudeDeg, instant) >= minElevationDeg;
    }

    /**
     * The start of the daylight period containing {@code now} (to within {@link #STEP}), or null if it is night.
     * Walking back in small steps needs no sunrise formula and is exact enough for alerts judged in half hours.
     */
    synchronized Instant daylightSince(Instant now) {
        if (!now.equals(memoNow)) {
            memoSince = walkBackToSunrise(now);
            memoNow = now;
        }
        return memoSince;
    }

    private Instant walkBackToSunrise(Instant now) {
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
