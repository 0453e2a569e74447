package nl.heerlen.energiemonitor.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The good values of a CSV import and the refused lines, before anything is stored. */
record ParsedCsv<T>(List<T> values, List<ImportResult.LineError> errors) {

    /** Converts each row; a row whose conversion throws IllegalArgumentException becomes an error with that reason. */
    static <T> ParsedCsv<T> of(CsvLines.Table table, Set<String> requiredColumns, Function<CsvLines.Row, T> convert) {
        List<T> values = new ArrayList<>();
        List<ImportResult.LineError> errors = new ArrayList<>();
        List<String> missing = requiredColumns.stream().filter(c -> !table.header().contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            errors.add(new ImportResult.LineError(1, "missing columns: " + String.join(", ", missing)));
            return new ParsedCsv<>(values, errors);
        }
        for (CsvLines.Row row : table.rows()) {
            if (row.error() != null) {
                errors.add(new ImportResult.LineError(row.lineNumber(), row.error()));
                continue;
            }
            try {
                values.add(convert.apply(row));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new ImportResult.LineError(row.lineNumber(), e.getMessage()));
            }
        }
        return new ParsedCsv<>(values, errors);
    }
}
