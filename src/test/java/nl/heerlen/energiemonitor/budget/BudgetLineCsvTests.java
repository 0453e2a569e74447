package nl.heerlen.energiemonitor.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A finance export with good and bad lines: the good ones come through, each bad one is named with its reason. */
class BudgetLineCsvTests {
    private static final Set<String> MEASURES = Set.of("6.1", "6.4a");

    @Test
    void dutchExportWithBadLines() {
        String csv = """
                measure_code;year;kind;funding_source;planned_eur;realised_eur;expected_kwh;expected_co2_tonnes
                6.1;2026;investering;algemene middelen;€ 12.345,67;1.000,00;2.500;0,75
                9.9;2026;investment;x;100,00;;;
                6.1;twintig;investment;x;100,00;;;
                6.4a;2026;investment;IBA;-5,00;;;
                6.4a;2026;subsidie;IBA;5,00;;;
                6.4a;2026;investment;IBA;5,001;;;
                6.1;2026;investment;algemene middelen;1,00;;;
                6.4a;2027;exploitatie;IBA;250,50;;;
                6.4a;2027
                """;
        ParsedCsv<BudgetLine> parsed = BudgetLineCsv.parse(csv, MEASURES, DataStatus.SOURCED, "export");
        assertThat(parsed.values()).extracting(BudgetLine::plannedEur)
                .containsExactly(new BigDecimal("12345.67"), new BigDecimal("250.50"));
        assertThat(parsed.values().get(0).realisedEur()).isEqualByComparingTo("1000");
        assertThat(parsed.values().get(0).expectedCo2Tonnes()).isEqualTo(0.75);
        assertThat(parsed.errors()).extracting(ImportResult.LineError::line).containsExactly(3, 4, 5, 6, 7, 8, 10);
        assertThat(parsed.errors()).extracting(ImportResult.LineError::reason).satisfiesExactly(
                r -> assertThat(r).contains("unknown measure 9.9"),
                r -> assertThat(r).contains("year"),
                r -> assertThat(r).contains("negative"),
                r -> assertThat(r).contains("kind"),
                r -> assertThat(r).contains("two decimals"),
                r -> assertThat(r).contains("second line"),
                r -> assertThat(r).contains("columns"));
    }

    @Test
    void exportAsSpreadsheetsWriteIt() {
        // BOM, Excel's sep line, Dutch header names in any case, quoted cells with the delimiter and a line break in
        // them, a trailing delimiter, thousands dots and a decimal comma; then lines that must be refused.
        String csv = "\uFEFFsep=;\r\n"
                + "Maatregel;JAAR;Soort;Financieringsbron;Begroot EUR;Gerealiseerd;Verwacht kWh;Bron;\r\n"
                + "6.1;2026;Investering;\"Rijk; SPUK\";\"€ 1.234.567,89\";1.000,50;2.500;\"regel 1\nregel 2\";\r\n"
                + "6.4a;2026;exploitatie;IBA;1,234.56;;;x;\r\n"
                + "6.4a;2030;exploitatie;IBA;(5,00);;;x;\r\n"
                + "6.4a;2027;exploitatie;IBA;1.23.4;;;x;\r\n"
                + "6.4a;2028;exploitatie;IBA;12,5,0;;;x;\r\n"
                + "6.4a;2029;exploitatie;IBA;\"100,00\";;;x;extra\r\n";
        ParsedCsv<BudgetLine> parsed = BudgetLineCsv.parse(csv, MEASURES, DataStatus.SOURCED, "export");
        assertThat(parsed.values()).hasSize(2);
        BudgetLine first = parsed.values().get(0);
        assertThat(first.fundingSource()).isEqualTo("Rijk; SPUK");
        assertThat(first.plannedEur()).isEqualByComparingTo("1234567.89");
        assertThat(first.realisedEur()).isEqualByComparingTo("1000.50");
        assertThat(first.expectedKwh()).isEqualTo(2_500.0);
        assertThat(first.source()).isEqualTo("regel 1\nregel 2");
        assertThat(parsed.values().get(1).plannedEur()).isEqualByComparingTo("1234.56");
        // (5,00) is a negative amount in accounting notation: refused, like any negative amount. Line 3 spans two lines.
        assertThat(parsed.errors()).extracting(ImportResult.LineError::line).containsExactly(6, 7, 8, 9);
        assertThat(parsed.errors()).extracting(ImportResult.LineError::reason).satisfiesExactly(
                r -> assertThat(r).contains("negative"),
                r -> assertThat(r).contains("planned_eur is not a number: 1.23.4"),
                r -> assertThat(r).contains("planned_eur is not a number: 12,5,0"),
                r -> assertThat(r).contains("expected 8 columns, found 9"));
    }

    @Test
    void commaSeparatedWithQuotedDutchNumbers() {
        String csv = "measure_code,year,kind,planned_eur,realised_eur\n6.1,2026,investment,\"1.500,50\",\"2,5\"\n"
                + "6.1,2027,investment,1500.50,\"1,000,000\"\n";
        ParsedCsv<BudgetLine> parsed = BudgetLineCsv.parse(csv, MEASURES, DataStatus.SOURCED, "export");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.values()).extracting(BudgetLine::plannedEur)
                .containsExactly(new BigDecimal("1500.50"), new BigDecimal("1500.50"));
        assertThat(parsed.values()).extracting(BudgetLine::realisedEur)
                .containsExactly(new BigDecimal("2.50"), new BigDecimal("1000000.00"));
    }

    @Test
    void missingColumnsRefuseTheWholeFile() {
        ParsedCsv<BudgetLine> parsed = BudgetLineCsv.parse("measure_code,year\n6.1,2026\n", MEASURES, DataStatus.SOURCED, "x");
        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("kind", "planned_eur"));
    }
}
