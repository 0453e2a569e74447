package nl.heerlen.energiemonitor.budget;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Budget lines from a finance export: {@code measure_code, year, kind, funding_source, planned_eur, realised_eur,
 * expected_kwh, expected_co2_tonnes} and optionally {@code status, source}. A line for an unknown measure, or a second
 * line with the same measure, year, kind and funding source, is refused.
 */
final class BudgetLineCsv {
    static final Set<String> REQUIRED = Set.of("measure_code", "year", "kind", "planned_eur");
    /** Dutch names a finance export may use for the columns (to verify against a real export). */
    static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("maatregel", "measure_code"),
            Map.entry("maatregelcode", "measure_code"), Map.entry("jaar", "year"), Map.entry("soort", "kind"),
            Map.entry("financieringsbron", "funding_source"), Map.entry("begroot", "planned_eur"),
            Map.entry("begroot_eur", "planned_eur"), Map.entry("gerealiseerd", "realised_eur"),
            Map.entry("realisatie", "realised_eur"), Map.entry("gerealiseerd_eur", "realised_eur"),
            Map.entry("verwacht_kwh", "expected_kwh"), Map.entry("verwacht_ton_co2", "expected_co2_tonnes"),
            Map.entry("bron", "source"));

    private BudgetLineCsv() {
    }

    static ParsedCsv<BudgetLine> parse(String text, Set<String> knownMeasures, DataStatus defaultStatus, String defaultSource) {
        CsvLines.Table table = CsvLines.parse(text, SYNONYMS);
        Set<String> seen = new HashSet<>();
        char d = table.delimiter();
        return ParsedCsv.of(table, REQUIRED, row -> {
            String code = row.get("measure_code");
            if (!knownMeasures.contains(code)) {
                throw new IllegalArgumentException("unknown measure " + code);
            }
            BudgetLine line = new BudgetLine(code, NumberCells.year(row.get("year")), BudgetLine.Kind.parse(row.get("kind")),
                    row.get("funding_source") == null ? "algemene middelen" : row.get("funding_source"),
                    NumberCells.decimal(row.get("planned_eur"), d, "planned_eur"),
                    NumberCells.decimal(row.get("realised_eur"), d, "realised_eur"),
                    NumberCells.number(row.get("expected_kwh"), d, "expected_kwh"),
                    NumberCells.number(row.get("expected_co2_tonnes"), d, "expected_co2_tonnes"),
                    row.get("status") == null ? defaultStatus : DataStatus.parse(row.get("status")),
                    row.get("source") == null ? defaultSource : row.get("source"));
            if (!seen.add(line.measureCode() + "|" + line.year() + "|" + line.kind() + "|" + line.fundingSource())) {
                throw new IllegalArgumentException("a second line for measure " + code + ", year " + line.year()
                        + ", " + line.kind().wireName() + ", " + line.fundingSource());
            }
            return line;
        });
    }
}
