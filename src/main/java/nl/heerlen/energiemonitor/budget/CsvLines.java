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
 * Reads CSV text as real exports write it, keeping every row's real line number for error reports: a UTF-8 byte order
 * mark, Excel's "sep=;" first line, ';', ',' or tab as delimiter (whichever the header uses most), quoted fields (also
 * over several lines), header names in any case with spaces or hyphens for '_', known synonyms of header names, and
 * empty trailing cells. Lines starting with '#' and blank lines are skipped.
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
        return parse(text, Map.of());
    }

    /** {@code synonyms} maps a normalised header name an export may use to the name the importer reads. */
    static Table parse(String text, Map<String, String> synonyms) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
        List<String> header = null;
        Character delimiter = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (header == null && line.trim().toLowerCase().startsWith("sep=") && line.trim().length() == 5) {
                delimiter = line.trim().charAt(4);
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // A quoted field may hold line breaks: join lines until the quotes balance.
            while (quotes(line) % 2 == 1 && i + 1 < lines.length) {
                line = line + "\n" + lines[++i];
            }
            if (header == null) {
                delimiter = delimiter != null ? delimiter : delimiterOf(line);
                List<String> names = new ArrayList<>(cells(line, delimiter).stream().map(h -> normalise(h, synonyms)).toList());
                while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
                    names.remove(names.size() - 1);
                }
                header = List.copyOf(names);
                continue;
            }
            rows.add(row(number, line, header, delimiter));
        }
        return new Table(delimiter == null ? ',' : delimiter, header == null ? List.of() : header, rows);
    }

    static String normalise(String name, Map<String, String> synonyms) {
        String n = name.trim().toLowerCase().replaceAll("[\\s\\-]+", "_");
        return synonyms.getOrDefault(n, n);
    }

    /** The candidate the header line uses most outside quotes; a tie goes to ';' (Dutch exports). */
    static char delimiterOf(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static Row row(int number, String line, List<String> header, char delimiter) {
        List<String> values;
        try {
            values = new ArrayList<>(cells(line, delimiter));
        } catch (UncheckedIOException | IllegalStateException e) {
            return new Row(number, Map.of(), "not readable as CSV: " + e.getMessage());
        }
        // Some exports end every line with a delimiter: empty cells past the header are no data.
        while (values.size() > header.size() && values.get(values.size() - 1).isBlank()) {
            values.remove(values.size() - 1);
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

    private static long quotes(String line) {
        return line.chars().filter(c -> c == '"').count();
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
