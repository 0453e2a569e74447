package nl.heerlen.energiemonitor.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

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
 * @param partitions         how many simulators share the fleet (1: this one publishes every meter)
 * @param partition          which share this one publishes: the meters whose index in the fleet's (seed file) order
 *                           leaves this remainder divided by {@code partitions}, so that simulators with partitions
 *                           0 to partitions - 1 publish disjoint meters and together the whole fleet
 * @param startFile          wait, prepared and connected, until this file exists before publishing, so that simulators
 *                           side by side (whose preparing takes different times) publish at the same time; or none
 */
public record LoadSettings(
        @DefaultValue("1000") double messagesPerSecond,
        @DefaultValue("1") int readingsPerMessage,
        @DefaultValue("5m") Duration duration,
        @DefaultValue("2024-01-01") LocalDate from,
        long maxMessages,
        Path reportFile,
        Path csvFile,
        @DefaultValue("1") int partitions,
        int partition,
        Path startFile) {

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
        if (partitions < 1 || partitions > 10_000) {
            throw new IllegalArgumentException("energiemonitor.simulator.load.partitions must be 1 to 10000");
        }
        if (partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("energiemonitor.simulator.load.partition must be 0 to partitions - 1 ("
                    + (partitions - 1) + "), got " + partition);
        }
    }

    /** The single run of the whole fleet: the defaults of the rate, size and time settings too. */
    static LoadSettings defaults() {
        return new LoadSettings(1000, 1, null, null, 0, null, null, 1, 0, null);
    }

    /** This simulator's share of the fleet, in fleet order: every partitions-th meter from the partition's index. */
    <T> List<T> shareOf(List<T> fleet) {
        return IntStream.range(0, fleet.size()).filter(index -> index % partitions == partition)
                .mapToObj(fleet::get).toList();
    }
}
