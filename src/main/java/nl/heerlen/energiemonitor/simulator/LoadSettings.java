package nl.heerlen.energiemonitor.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Load mode, under {@code energiemonitor.simulator.load}: the fleet's meters in turn, each message
 * carrying the next readings of one meter, at a fixed message rate, for benchmarks.
 *
 * @param messagesPerSecond  target rate; the run falls behind (and says so) when broker or network cannot keep up
 * @param readingsPerMessage readings in each message (1 for single readings, 12 like a gateway batch)
 * @param duration           how long to publish
 * @param from               first timestamp of every meter; each meter's readings follow at its reporting interval
 * @param maxMessages        stop after this many messages even before the duration is over; 0: no limit
 * @param reportFile         where to write the figures of the run as well (properties), or none
 * @param csvFile            where to write every reading sent, in the HTTP upload format
 *                           {@code meter,ts,channel,value,unit} (canonical units), e.g. for a COPY of the same rows
 */
public record LoadSettings(
        @DefaultValue("1000") double messagesPerSecond,
        @DefaultValue("1") int readingsPerMessage,
        @DefaultValue("5m") Duration duration,
        @DefaultValue("2024-01-01") LocalDate from,
        long maxMessages,
        Path reportFile,
        Path csvFile) {

    public LoadSettings {
        duration = duration == null ? Duration.ofMinutes(5) : duration;
        from = from == null ? LocalDate.of(2024, 1, 1) : from;
        if (!(messagesPerSecond > 0) || messagesPerSecond > 1_000_000) {
            throw new IllegalArgumentException("energiemonitor.simulator.load.messages-per-second must be 0 to 1000000");
        }
        if (readingsPerMessage < 1 || readingsPerMessage > 10_000) {
            throw new IllegalArgumentException("energiemonitor.simulator.load.readings-per-message must be 1 to 10000");
        }
        if (maxMessages < 0) {
            throw new IllegalArgumentException("energiemonitor.simulator.load.max-messages must not be negative");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("energiemonitor.simulator.load.duration must be positive");
        }
    }
}
