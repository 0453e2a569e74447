package nl.heerlen.energiemonitor.alerts;

import static java.lang.Math.acos;
import static java.lang.Math.asin;
import static java.lang.Math.cos;
import static java.lang.Math.sin;
import static java.lang.Math.tan;
import static java.lang.Math.toDegrees;
import static java.lang.Math.toRadians;

import java.time.Instant;

/**
 * The sun's elevation above the horizon after NOAA's solar calculator (Meeus' low-precision formulas): within about a
 * tenth of a degree for these years, far finer than "is it day at this roof". Geometric elevation, no refraction
 * (which lifts the sun by at most 0.6° at the horizon).
 */
final class SolarPosition {
    private static final double SECONDS_PER_DAY = 86_400;

    private SolarPosition() {
    }

    /** Elevation in degrees at the given place (latitude north, longitude east, in degrees) and instant. */
    static double elevationDeg(double latitudeDeg, double longitudeDeg, Instant instant) {
        double julianDay = instant.getEpochSecond() / SECONDS_PER_DAY + 2_440_587.5;
        double t = (julianDay - 2_451_545.0) / 36_525.0;
        double meanLongitude = toRadians(mod360(280.46646 + t * (36_000.76983 + t * 0.0003032)));
        double meanAnomaly = toRadians(357.52911 + t * (35_999.05029 - 0.0001537 * t));
        double eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
        double centre = sin(meanAnomaly) * (1.914602 - t * (0.004817 + 0.000014 * t))
                + sin(2 * meanAnomaly) * (0.019993 - 0.000101 * t) + sin(3 * meanAnomaly) * 0.000289;
        double omega = toRadians(125.04 - 1934.136 * t);
        double apparentLongitude = toRadians(toDegrees(meanLongitude) + centre - 0.00569 - 0.00478 * sin(omega));
        double meanObliquity = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
        double obliquity = toRadians(meanObliquity + 0.00256 * cos(omega));
        double declination = asin(sin(obliquity) * sin(apparentLongitude));

        double y = tan(obliquity / 2) * tan(obliquity / 2);
        double equationOfTimeMinutes = 4 * toDegrees(y * sin(2 * meanLongitude)
                - 2 * eccentricity * sin(meanAnomaly)
                + 4 * eccentricity * y * sin(meanAnomaly) * cos(2 * meanLongitude)
                - 0.5 * y * y * sin(4 * meanLongitude)
                - 1.25 * eccentricity * eccentricity * sin(2 * meanAnomaly));

        double minutesOfDayUtc = Math.floorMod(instant.getEpochSecond(), (long) SECONDS_PER_DAY) / 60.0;
        double trueSolarMinutes = mod(minutesOfDayUtc + equationOfTimeMinutes + 4 * longitudeDeg, 1440);
        double hourAngle = toRadians(trueSolarMinutes / 4 - 180);
        double latitude = toRadians(latitudeDeg);
        double cosZenith = sin(latitude) * sin(declination) + cos(latitude) * cos(declination) * cos(hourAngle);
        return 90 - toDegrees(acos(Math.max(-1, Math.min(1, cosZenith))));
    }

    private static double mod360(double degrees) {
        return mod(degrees, 360);
    }

    private static double mod(double value, double modulus) {
        double r = value % modulus;
        return r < 0 ? r + modulus : r;
    }
}
