package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;

/**
 * When a device is down and records nothing (power cut, crashed logger, dead modem): per day a
 * chance of one outage of 15 minutes up to the maximum, which may run into the next day.
 */
final class DeviceOutages {

    private static final long DAY = 86_400;
    private static final long MIN_SECONDS = 900;

    private final SeededNoise noise;
    private final double perDay;
    private final long maxSeconds;

    DeviceOutages(SeededNoise noise, FieldBehaviour field) {
        this.noise = noise;
        this.perDay = field.enabled() ? field.outagesPerMeterYear() / 365.25 : 0;
        this.maxSeconds = field.maxOutage().toSeconds();
    }

    boolean isDown(Instant time) {
        if (perDay <= 0) {
            return false;
        }
        long second = time.getEpochSecond();
        long day = Math.floorDiv(second, DAY);
        return within(day, second) || within(day - 1, second);
    }

    private boolean within(long day, long second) {
        if (noise.uniform(41, day) >= perDay) {
            return false;
        }
        long start = day * DAY + (long) (noise.uniform(42, day) * DAY);
        long length = MIN_SECONDS + (long) (noise.uniform(43, day) * (maxSeconds - MIN_SECONDS));
        return second >= start && second < start + length;
    }
}
