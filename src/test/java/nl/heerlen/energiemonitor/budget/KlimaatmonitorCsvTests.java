package nl.heerlen.energiemonitor.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Klimaatmonitor exports in the shapes they may come in, with lines that must be refused. */
class KlimaatmonitorCsvTests {

    @Test
    void dutchExportWithBomQuotesOtherHeaderNamesAndBadLines() {
        String csv = "\uFEFF\"Regio\";\"Jaar\";\"Indicator\";\"Waarde\";\"Eenheid\"\r\n"
                + "\"Heerlen\";\"2021\";\"Totaal bekend energieverbruik\";\"6.543,2\";\"TJ\"\r\n"
                + "\"Heerlen\";\"2021\";\"Hernieuwbare energie\";\"412\";\"TJ\"\r\n"
                + "\"Heerlen\";\"2021\";\"Totale CO2-uitstoot\";\"1.234\";\"kton\"\r\n"
                + "\"Heerlen\";\"2022\";\"Hernieuwbare energie\";\"\";\"TJ\"\r\n"
                + "\"Heerlen\";\"2022\";\"Hernieuwbare energie\";\"-\";\"TJ\"\r\n"
                + "\"Heerlen\";\"twintig\";\"Hernieuwbare energie\";\"1\";\"TJ\"\r\n"
                + "\"Heerlen\";\"2022\";\"Hernieuwbare energie\"\r\n";
        ParsedCsv<ClimateStatistic> parsed = KlimaatmonitorCsv.parse(csv, DataStatus.SOURCED, "export");
        assertThat(parsed.values()).extracting(ClimateStatistic::value).containsExactly(6_543.2, 412.0, 1_234.0);
        assertThat(parsed.values()).extracting(ClimateStatistic::municipality).containsOnly("Heerlen");
        assertThat(parsed.errors()).extracting(ImportResult.LineError::line).containsExactly(5, 6, 7, 8);
        assertThat(parsed.errors()).extracting(ImportResult.LineError::reason).satisfiesExactly(
                r -> assertThat(r).contains("waarde is empty"),
                r -> assertThat(r).contains("waarde is not a number: -"),
                r -> assertThat(r).contains("year"),
                r -> assertThat(r).contains("columns"));
    }

    @Test
    void commaSeparatedWithDecimalPoints() {
        String csv = "gebied,periode,onderwerp,waarde,eenheid\nHeerlen,2021,Hernieuwbare energie,412.5,TJ\n"
                + "Heerlen,2021,Totaal bekend energieverbruik,\"6,543.2\",TJ\n";
        ParsedCsv<ClimateStatistic> parsed = KlimaatmonitorCsv.parse(csv, DataStatus.SOURCED, "export");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.values()).extracting(ClimateStatistic::value).containsExactly(412.5, 6_543.2);
    }

    @Test
    void tabSeparated() {
        String csv = "Gebied\tPeriode\tOnderwerp\tWaarde\tEenheid\nHeerlen\t2021\tHernieuwbare energie\t412,5\tTJ\n";
        ParsedCsv<ClimateStatistic> parsed = KlimaatmonitorCsv.parse(csv, DataStatus.SOURCED, "export");
        assertThat(parsed.values()).singleElement().satisfies(s -> assertThat(s.value()).isEqualTo(412.5));
    }

    @Test
    void missingColumnsRefuseTheWholeFile() {
        ParsedCsv<ClimateStatistic> parsed = KlimaatmonitorCsv.parse("Gebied;Waarde\nHeerlen;1\n", DataStatus.SOURCED, "x");
        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("eenheid", "onderwerp", "periode"));
    }
}
