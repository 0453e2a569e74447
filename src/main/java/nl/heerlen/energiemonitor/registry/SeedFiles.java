package nl.heerlen.energiemonitor.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a seed CSV file (header row required) into maps of column to value; blank cells become null. */
final class SeedFiles {
    private SeedFiles() {
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).stream().map(SeedFiles::toMap).toList();
        }
    }

    private static Map<String, String> toMap(CSVRecord record) {
        var map = new java.util.HashMap<String, String>();
        record.toMap().forEach((k, v) -> map.put(k, v == null || v.isBlank() ? null : v));
        return map;
    }
}
