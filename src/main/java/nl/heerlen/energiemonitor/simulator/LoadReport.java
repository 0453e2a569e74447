package nl.heerlen.energiemonitor.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a load run: what was sent and acknowledged by the broker, at which rate, and the
 * count and checksum a benchmark compares with the database (the SQL is part of the report). A run
 * of one partition of the fleet reports its share only: the counts and checksums (modulo 2^64) of
 * all partitions add up to those of the database.
 *
 * @param settings  the run's settings (rate, message size, first day, partition)
 * @param meters    meters of the run's partition installed on the first day, which took turns
 * @param sent      messages handed to the client
 * @param messages  messages the broker acknowledged
 * @param readings  readings in those
 * @param checksum  {@link ReadingChecksum} of those readings
 * @param elapsed   from the first publish to the last acknowledgement
 * @param lastTs    latest reading timestamp sent
 */
record LoadReport(LoadSettings settings, int meters, long sent, long messages, long readings, long checksum,
                  Duration elapsed, Instant lastTs) {

    double achievedRate() {
        return elapsed.isZero() ? 0 : messages / (elapsed.toNanos() / 1e9);
    }

    List<String> lines() {
        LocalDate from = settings.from();
        return List.of(
                "target_messages_per_second=" + format(settings.messagesPerSecond()),
                "achieved_messages_per_second=" + format(achievedRate()),
                "readings_per_message=" + settings.readingsPerMessage(),
                "partition=" + settings.partition(),
                "partitions=" + settings.partitions(),
                "meters=" + meters,
                "messages_sent=" + sent,
                "messages_acknowledged=" + messages,
                "readings_acknowledged=" + readings,
                "readings_per_second=" + format(elapsed.isZero() ? 0 : readings / (elapsed.toNanos() / 1e9)),
                "checksum=" + ReadingChecksum.format(checksum),
                "seconds=" + format(elapsed.toNanos() / 1e9),
                "first_ts_day=" + from,
                "last_ts=" + lastTs,
                "database_check=" + ReadingChecksum.sql(AmsterdamTime.startOf(from), lastTs));
    }

    void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, lines(), StandardCharsets.UTF_8);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
