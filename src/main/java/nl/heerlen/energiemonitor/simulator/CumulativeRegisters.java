package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Meter registers (kWh, m3) as a pure function of time: the rates are integrated with the
 * trapezoid rule on a fixed 15-minute grid from the commissioning day, and interpolated between
 * grid points. Because the value at a moment never depends on when the simulator started or
 * what it was asked before, registers are identical in live and backfill mode, survive restarts
 * without jumping back, and never decrease as long as rates are non-negative.
 * <p>
 * Not thread-safe: the current day is cached so successive calls cost O(1) amortised, and a
 * checkpoint every few weeks means going back in time does not replay years of history.
 */
final class CumulativeRegisters {

    /** Rates per hour (kW, m3/h) of each register at a moment; must be non-negative. */
    interface Rates {
        double[] at(Instant time);
    }

    private static final long STEP_SECONDS = 900;
    private static final int STEPS_PER_DAY = 96;
    private static final int CHECKPOINT_DAYS = 28;

    private final Rates rates;
    private final int size;
    private final long firstDay;
    /** Register values at the start of every CHECKPOINT_DAYS-th day already integrated. */
    private final TreeMap<Long, double[]> checkpoints = new TreeMap<>();
    private long cachedDay = Long.MIN_VALUE;
    private double[] atCachedDayStart;
    private double[][] withinCachedDay;

    CumulativeRegisters(Rates rates, int size, LocalDate commissionedOn) {
        this.rates = rates;
        this.size = size;
        this.firstDay = commissionedOn.toEpochDay();
    }

    /** Register values at the moment; zero before the commissioning day. */
    double[] at(Instant time) {
        long second = time.getEpochSecond();
        long day = Math.floorDiv(second, 86_400L);
        if (day < firstDay) {
            return new double[size];
        }
        moveCacheTo(day);
        long intoDay = second - day * 86_400L;
        int step = (int) (intoDay / STEP_SECONDS);
        double fraction = (intoDay - step * STEP_SECONDS) / (double) STEP_SECONDS;
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            double before = withinCachedDay[step][i];
            double after = withinCachedDay[step + 1][i];
            values[i] = atCachedDayStart[i] + before + fraction * (after - before);
        }
        return values;
    }

    private void moveCacheTo(long day) {
        if (day == cachedDay) {
            return;
        }
        Map.Entry<Long, double[]> restart = checkpoints.floorEntry(day);
        // Back in time, or far ahead past a checkpoint (a shared register asked for another meter's time).
        if (day < cachedDay || cachedDay == Long.MIN_VALUE || restart != null && restart.getKey() > cachedDay) {
            cachedDay = restart == null ? firstDay : restart.getKey();
            atCachedDayStart = restart == null ? new double[size] : restart.getValue().clone();
            withinCachedDay = integrateDay(cachedDay);
        }
        while (cachedDay < day) {
            double[] dayTotal = withinCachedDay[STEPS_PER_DAY];
            for (int i = 0; i < size; i++) {
                atCachedDayStart[i] += dayTotal[i];
            }
            cachedDay++;
            if ((cachedDay - firstDay) % CHECKPOINT_DAYS == 0) {
                checkpoints.putIfAbsent(cachedDay, atCachedDayStart.clone());
            }
            withinCachedDay = integrateDay(cachedDay);
        }
    }

    /** Cumulative amounts from the start of the day to each of its 97 grid points. */
    private double[][] integrateDay(long epochDay) {
        double[][] cumulative = new double[STEPS_PER_DAY + 1][size];
        long start = epochDay * 86_400L;
        double[] previous = rates.at(Instant.ofEpochSecond(start));
        for (int step = 1; step <= STEPS_PER_DAY; step++) {
            double[] current = rates.at(Instant.ofEpochSecond(start + step * STEP_SECONDS));
            for (int i = 0; i < size; i++) {
                double hours = STEP_SECONDS / 3600.0;
                cumulative[step][i] = cumulative[step - 1][i] + (previous[i] + current[i]) / 2 * hours;
            }
            previous = current;
        }
        return cumulative;
    }
}
