package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sun and the cloudless sky at the 15-minute grid points on which registers are integrated,
 * cached per day for a location rounded to 0.1 degree (the sun moves less over the town than
 * the weather model can tell). Every PV plane of a fleet then shares one solar-position and
 * clear-sky computation per grid point instead of repeating it.
 */
final class SkyGrid {

    static final int GRID_SECONDS = 900;
    private static final int POINTS = 86_400 / GRID_SECONDS;
    /** Per point: cos zenith (0 when the sun is down), sin zenith, sun azimuth in rad, GHI, DNI, beam horizontal. */
    private static final int FIELDS = 6;

    /** The sky at one grid point; {@code cosZenith} is 0 at night. */
    record Sky(double cosZenith, double sinZenith, double azimuthRad, double global, double directNormal,
               double beamHorizontal) {

        static Sky of(SolarPosition sun) {
            if (!sun.isUp()) {
                return new Sky(0, 1, 0, 0, 0, 0);
            }
            ClearSkyIrradiance clear = ClearSkyIrradiance.of(sun);
            double zenith = Math.toRadians(90 - sun.elevationDeg());
            return new Sky(Math.cos(zenith), Math.sin(zenith), Math.toRadians(sun.azimuthDeg()),
                    clear.globalHorizontal(), clear.directNormal(), clear.beamHorizontal());
        }
    }

    private final Map<Key, float[]> days = new ConcurrentHashMap<>();
    private volatile Recent last;

    static boolean onGrid(Instant time) {
        return time.getEpochSecond() % GRID_SECONDS == 0 && time.getNano() == 0;
    }

    /** The sky at a grid point (see {@link #onGrid}). */
    Sky at(Instant time, double latitude, double longitude) {
        long second = time.getEpochSecond();
        long day = Math.floorDiv(second, 86_400L);
        Key key = new Key(day, (int) Math.round(latitude * 10), (int) Math.round(longitude * 10));
        Recent recent = last;
        float[] values;
        if (recent != null && recent.key().equals(key)) {
            values = recent.values();
        } else {
            values = days.computeIfAbsent(key, SkyGrid::compute);
            last = new Recent(key, values);
        }
        int offset = (int) ((second - day * 86_400L) / GRID_SECONDS) * FIELDS;
        return new Sky(values[offset], values[offset + 1], values[offset + 2], values[offset + 3],
                values[offset + 4], values[offset + 5]);
    }

    private static float[] compute(Key key) {
        float[] values = new float[POINTS * FIELDS];
        for (int point = 0; point < POINTS; point++) {
            Instant time = Instant.ofEpochSecond(key.day() * 86_400L + (long) point * GRID_SECONDS);
            Sky sky = Sky.of(SolarPosition.at(time, key.latitude10() / 10.0, key.longitude10() / 10.0));
            int offset = point * FIELDS;
            values[offset] = (float) sky.cosZenith();
            values[offset + 1] = (float) sky.sinZenith();
            values[offset + 2] = (float) sky.azimuthRad();
            values[offset + 3] = (float) sky.global();
            values[offset + 4] = (float) sky.directNormal();
            values[offset + 5] = (float) sky.beamHorizontal();
        }
        return values;
    }

    private record Key(long day, int latitude10, int longitude10) {
    }

    private record Recent(Key key, float[] values) {
    }
}
