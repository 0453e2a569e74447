package nl.heerlen.energiemonitor.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal reader for the seeds CSV files: the first line names the columns, each further
 * non-blank line is one row. Fields are split on every comma, which is enough because the seed
 * files contain no quoted fields or embedded commas; a file that did would be misread, so keep
 * it that way (or replace this class) when editing seeds.
 */
final class CsvTable {

    private CsvTable() {
    }

    /** Rows as column name to trimmed value; an empty field is an empty string, never null. */
    static List<Map<String, String>> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return List.of();
            }
            String[] header = split(lines.get(0).replace("\uFEFF", ""));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(row(header, split(line), file));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + file.toAbsolutePath(), e);
        }
    }

    private static Map<String, String> row(String[] header, String[] fields, Path file) {
        if (fields.length > header.length) {
            throw new IllegalArgumentException(file + ": more fields than columns in " + String.join(",", fields));
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            row.put(header[i], i < fields.length ? fields[i] : "");
        }
        return row;
    }

    private static String[] split(String line) {
        String[] fields = line.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].trim();
        }
        return fields;
    }
}
