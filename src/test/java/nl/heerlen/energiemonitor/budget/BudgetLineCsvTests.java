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
    void missingColumnsRefuseTheWholeFile() {
        ParsedCsv<BudgetLine> parsed = BudgetLineCsv.parse("measure_code,year\n6.1,2026\n", MEASURES, DataStatus.SOURCED, "x");
        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("kind", "planned_eur"));
    }
}
