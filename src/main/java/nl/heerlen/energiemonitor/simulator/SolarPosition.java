package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the sun stands, from the NOAA general solar position equations (Spencer's Fourier series
 * for declination and equation of time). Accurate to a few tenths of a degree, which is far
 * better than the weather model it feeds. Refraction is ignored.
 *
 * @param elevationDeg angle above the horizon, negative at night
 * @param azimuthDeg   compass direction of the sun, clockwise from north (180 = south)
 */
record SolarPosition(double elevationDeg, double azimuthDeg) {

    static SolarPosition at(Instant time, double latitudeDeg, double longitudeDeg) {
        long epochDay = Math.floorDiv(time.getEpochSecond(), 86_400L);
        double utcMinutes = (time.getEpochSecond() - epochDay * 86_400L) / 60.0;
        int dayOfYear = LocalDate.ofEpochDay(epochDay).getDayOfYear();
        double gamma = 2 * Math.PI / 365 * (dayOfYear - 1 + (utcMinutes / 60 - 12) / 24);

        double declination = 0.006918 - 0.399912 * Math.cos(gamma) + 0.070257 * Math.sin(gamma)
                - 0.006758 * Math.cos(2 * gamma) + 0.000907 * Math.sin(2 * gamma)
                - 0.002697 * Math.cos(3 * gamma) + 0.00148 * Math.sin(3 * gamma);
        double equationOfTimeMinutes = 229.18 * (0.000075 + 0.001868 * Math.cos(gamma)
                - 0.032077 * Math.sin(gamma) - 0.014615 * Math.cos(2 * gamma) - 0.040849 * Math.sin(2 * gamma));

        double trueSolarMinutes = utcMinutes + equationOfTimeMinutes + 4 * longitudeDeg;
        double hourAngle = Math.toRadians(trueSolarMinutes / 4 - 180);
        double latitude = Math.toRadians(latitudeDeg);

        double sinElevation = Math.sin(latitude) * Math.sin(declination)
                + Math.cos(latitude) * Math.cos(declination) * Math.cos(hourAngle);
        double elevation = Math.asin(Math.max(-1, Math.min(1, sinElevation)));
        double azimuthFromSouth = Math.atan2(Math.sin(hourAngle),
                Math.cos(hourAngle) * Math.sin(latitude) - Math.tan(declination) * Math.cos(latitude));
        return new SolarPosition(Math.toDegrees(elevation), Math.toDegrees(azimuthFromSouth) + 180);
    }

    boolean isUp() {
        return elevationDeg > 0;
    }
}
