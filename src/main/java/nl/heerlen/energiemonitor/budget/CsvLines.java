package nl.heerlen.energiemonitor.budget;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text line by line, so that every row keeps its real line number for error reports. The delimiter is ';'
 * when the header has one (Dutch exports) and ',' otherwise; lines starting with '#' and blank lines are skipped.
 * Fields spanning several lines are not supported: finance and Klimaatmonitor exports have none.
 */
final class CsvLines {
    /** One data line: its 1-based number in the text and its cells by header name (blank cells are null). */
    record Row(int lineNumber, Map<String, String> cells, String error) {
        String get(String column) {
            return cells.get(column);
        }
    }

    record Table(char delimiter, List<String> header, List<Row> rows) {
    }

    private CsvLines() {
    }

    static Table parse(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        List<String> header = null;
        char delimiter = ',';
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header == null) {
                delimiter = line.indexOf(';') >= 0 ? ';' : ',';
                header = cells(line, delimiter).stream().map(h -> h.trim().toLowerCase()).toList();
                continue;
            }
            rows.add(row(i + 1, line, header, delimiter));
        }
        return new Table(delimiter, header == null ? List.of() : header, rows);
    }

    private static Row row(int number, String line, List<String> header, char delimiter) {
        List<String> values;
        try {
            values = cells(line, delimiter);
        } catch (UncheckedIOException | IllegalStateException e) {
            return new Row(number, Map.of(), "not readable as CSV: " + e.getMessage());
        }
        if (values.size() != header.size()) {
            return new Row(number, Map.of(), "expected " + header.size() + " columns, found " + values.size());
        }
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String v = values.get(c).trim();
            cells.put(header.get(c), v.isEmpty() ? null : v);
        }
        return new Row(number, cells, null);
    }

    private static List<String> cells(String line, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        try {
            List<CSVRecord> records = format.parse(new StringReader(line)).getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
