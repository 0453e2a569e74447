package nl.heerlen.energiemonitor.simulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The readings of a load run as CSV in the HTTP upload format, {@code meter,ts,channel,value,unit}, in
 * canonical units: the same rows for a COPY into the reading table, or for an HTTP backfill.
 */
final class LoadCsv implements AutoCloseable {

    private final BufferedWriter writer;

    private LoadCsv(BufferedWriter writer) {
        this.writer = writer;
    }

    /** A writer to the file, or one that writes nothing when there is no file. */
    static LoadCsv open(Path file) throws IOException {
        if (file == null) {
            return new LoadCsv(null);
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write("meter,ts,channel,value,unit\n");
        return new LoadCsv(writer);
    }

    void write(String meterId, List<Reading> readings) {
        if (writer == null) {
            return;
        }
        try {
            for (Reading reading : readings) {
                writer.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%s%n", meterId, reading.time(),
                        reading.channel().wireName(), reading.value(), reading.channel().quantity().canonicalUnit()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
