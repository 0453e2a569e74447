package nl.heerlen.energiemonitor.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One data line of a CSV upload ({@code meter,ts,channel,value,unit} in the order its header gives). */
record CsvRow(long line, String raw, String meter, String ts, String channel, String value, String unit) {
    static final List<String> COLUMNS = List.of("meter", "ts", "channel", "value", "unit");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

    /** The position of each of {@link #COLUMNS} in the header, or an error naming what is wrong. */
    static int[] header(String line) {
        List<String> names = fields(line).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        if (names.size() != COLUMNS.size() || !names.containsAll(COLUMNS)) {
            throw new IllegalArgumentException("the first line must be the header " + String.join(",", COLUMNS) + " (in any order)");
        }
        return COLUMNS.stream().mapToInt(names::indexOf).toArray();
    }

    /** Null fields when the line does not have exactly five. */
    static CsvRow parse(long line, String text, int[] columns) {
        List<String> f;
        try {
            f = fields(text);
        } catch (IllegalArgumentException e) {
            f = List.of();
        }
        if (f.size() != COLUMNS.size()) {
            return new CsvRow(line, text, null, null, null, null, null);
        }
        return new CsvRow(line, text, f.get(columns[0]), f.get(columns[1]), f.get(columns[2]), f.get(columns[3]), f.get(columns[4]));
    }

    boolean complete() {
        return meter != null;
    }

    /** The value as a number, or null when it is not one. */
    Double number() {
        try {
            return value == null || value.isEmpty() ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> fields(String line) {
        if (line.indexOf('"') < 0) {
            // Nothing quoted: the fields are the text between the commas, trimmed as the CSV parser would. A parser
            // per line cost more than the rest of the row's way into the database (docs/benchmarks.md).
            return split(line);
        }
        try (var parser = FORMAT.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("unreadable CSV line");
        }
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>(COLUMNS.size());
        int start = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
            fields.add(line.substring(start, comma).strip());
            start = comma + 1;
        }
        fields.add(line.substring(start).strip());
        return fields;
    }
}
