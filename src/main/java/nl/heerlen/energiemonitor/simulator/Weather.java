package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Town-wide weather for Heerlen, a pure function of (seed, time): a daily cloudiness regime,
 * minute-scale cloud passages, and an outdoor temperature from a seasonal sine, a daily cycle
 * and multi-day anomalies. All meters share one Weather, so sunny days are sunny everywhere.
 */
final class Weather {

    private static final double DAYS_PER_YEAR = 365.2425;
    private static final long CLOUD_PASSAGE_SECONDS = 900;
    /** Local solar time is UTC plus about 24 minutes at Heerlen (6 E). */
    private static final double SOLAR_HOUR_OFFSET = 0.4;

    /** Register integration asks on a 15-minute grid, for every meter: the grid days are cached. */
    private static final int GRID_SECONDS = 900;
    private static final int GRID_POINTS = 86_400 / GRID_SECONDS;

    private final SeededNoise noise;
    /** Per epoch day: clearness at the 96 grid points, then the temperature at them. */
    private final Map<Long, double[]> gridDays = new ConcurrentHashMap<>();
    private final SkyGrid sky = new SkyGrid();
    private volatile GridDay lastDay;

    Weather(long seed) {
        this.noise = new SeededNoise(seed).derive("weather");
    }

    /**
     * Clear-sky index (0.05 to 1.1): the fraction of cloudless global irradiance reaching the
     * ground. Mixed days flicker between 15-minute anchors, interpolated so power looks smooth.
     */
    double clearness(Instant time) {
        long second = time.getEpochSecond();
        return second % GRID_SECONDS == 0 ? gridDay(second)[gridIndex(second)] : clearnessAt(time);
    }

    private double clearnessAt(Instant time) {
        double day = dailyClearness(Math.floorDiv(time.getEpochSecond(), 86_400L));
        double flicker = noise.smooth(1, time.getEpochSecond(), CLOUD_PASSAGE_SECONDS);
        double variability = 4 * day * (1 - day) * 0.35;
        return clamp(day + variability * flicker, 0.05, 1.1);
    }

    /**
     * The day's mean clear-sky index: overcast, mixed or clear, with overcast days much more
     * likely in winter. Calibrated so a south roof yields roughly 900 kWh/kWp a year.
     */
    double dailyClearness(long epochDay) {
        double summer = 0.5 - 0.5 * Math.cos(2 * Math.PI * (epochDay - 15) / DAYS_PER_YEAR);
        double regime = noise.uniform(2, epochDay);
        double within = noise.uniform(3, epochDay);
        double overcast = 0.60 - 0.35 * summer;
        double clear = 0.10 + 0.20 * summer;
        if (regime < overcast) {
            return 0.12 + 0.23 * within;
        }
        if (regime > 1 - clear) {
            return 0.85 + 0.15 * within;
        }
        return 0.40 + 0.45 * within;
    }

    /** The cloudless sky over the town, shared by all PV planes under this weather. */
    SkyGrid sky() {
        return sky;
    }

    /** Outdoor air temperature in degrees Celsius. */
    double outdoorTemperature(Instant time) {
        long second = time.getEpochSecond();
        return second % GRID_SECONDS == 0 ? gridDay(second)[GRID_POINTS + gridIndex(second)] : temperatureAt(time);
    }

    private double[] gridDay(long second) {
        long day = Math.floorDiv(second, 86_400L);
        GridDay recent = lastDay;
        if (recent != null && recent.day() == day) {
            return recent.values();
        }
        double[] values = gridDays.computeIfAbsent(day, this::computeGridDay);
        lastDay = new GridDay(day, values);
        return values;
    }

    private double[] computeGridDay(long day) {
        double[] values = new double[2 * GRID_POINTS];
        for (int i = 0; i < GRID_POINTS; i++) {
            Instant point = Instant.ofEpochSecond(day * 86_400L + (long) i * GRID_SECONDS);
            values[i] = clearnessAt(point);
            values[GRID_POINTS + i] = temperatureAt(point);
        }
        return values;
    }

    /** The day asked for last: integration asks 96 times in a row about the same day. */
    private record GridDay(long day, double[] values) {
    }

    private static int gridIndex(long second) {
        return (int) (Math.floorMod(second, 86_400L) / GRID_SECONDS);
    }

    private double temperatureAt(Instant time) {
        double days = time.getEpochSecond() / 86_400.0;
        long day = (long) Math.floor(days);
        double fraction = days - day;
        // Coldest around 20 January, annual mean 10.5 C, monthly means 3 to 18 C as in South Limburg.
        double seasonal = 10.5 - 7.5 * Math.cos(2 * Math.PI * (days - 19) / DAYS_PER_YEAR);
        double anomaly = lerp(anomaly(day), anomaly(day + 1), fraction);
        // Clear days swing more; the swing is interpolated between days to avoid a jump at midnight.
        double swing = lerp(dailySwing(day), dailySwing(day + 1), fraction);
        double solarHour = fraction * 24 + SOLAR_HOUR_OFFSET;
        return seasonal + anomaly + swing * Math.cos(2 * Math.PI * (solarHour - 15) / 24);
    }

    /** Multi-day warm or cold spells: each day's draw smoothed with its neighbours. */
    private double anomaly(long epochDay) {
        double smoothed = 0.5 * noise.signed(4, epochDay)
                + 0.25 * noise.signed(4, epochDay - 1) + 0.25 * noise.signed(4, epochDay + 1);
        return 7 * smoothed;
    }

    private double dailySwing(long epochDay) {
        return 2 + 4 * dailyClearness(epochDay);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
