package nl.heerlen.energiemonitor.budget;

import java.util.Map;
import java.util.Set;

/**
 * Yearly statistics in the shape of a Klimaatmonitor export: {@code Gebied;Periode;Onderwerp;Waarde;Eenheid}, one
 * subject per line. Unknown subjects are kept as they are; the report reads the ones it knows.
 */
final class KlimaatmonitorCsv {
    static final Set<String> REQUIRED = Set.of("gebied", "periode", "onderwerp", "waarde", "eenheid");
    /** Other names the columns may have in an export (to verify against a real one, see docs/klimaatbegroting.md). */
    static final Map<String, String> SYNONYMS = Map.of("regio", "gebied", "gemeente", "gebied", "jaar", "periode",
            "year", "periode", "indicator", "onderwerp", "variabele", "onderwerp", "value", "waarde", "unit", "eenheid");

    private KlimaatmonitorCsv() {
    }

    static ParsedCsv<ClimateStatistic> parse(String text, DataStatus status, String source) {
        CsvLines.Table table = CsvLines.parse(text, SYNONYMS);
        return ParsedCsv.of(table, REQUIRED, row -> new ClimateStatistic(row.get("gebied"),
                NumberCells.year(row.get("periode")), row.get("onderwerp"),
                required(NumberCells.number(row.get("waarde"), table.delimiter(), "waarde")),
                row.get("eenheid"), source, status));
    }

    private static double required(Double value) {
        if (value == null) {
            throw new IllegalArgumentException("waarde is empty");
        }
        return value;
    }
}
