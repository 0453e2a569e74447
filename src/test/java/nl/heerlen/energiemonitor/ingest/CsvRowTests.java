package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines without quotes are split without the CSV parser; they must come out exactly as the parser reads them. */
class CsvRowTests {
    private static final int[] IN_ORDER = {0, 1, 2, 3, 4};

    @ParameterizedTest
    @ValueSource(strings = {
            "pv-1,2026-06-01T12:00:00+02:00,pv_energy,1234.5,kWh",
            " pv-1 ,\t2026-06-01T12:00:00Z , pv_energy,1 , kWh\t",
            "pv-1,,pv_energy,,kWh",
            "pv-1,2026-06-01T12:00:00Z,pv_energy,1",
            "pv-1,2026-06-01T12:00:00Z,pv_energy,1,kWh,",
            ",,,,",
            "pv-1,2026-06-01T12:00:00Z,pv_energy,1,kWh,extra",
            "\"pv-1\",2026-06-01T12:00:00Z,\"pv_energy\",\"1,5\",kWh"})
    void readsEveryLineAsTheCsvParserDoes(String line) throws IOException {
        List<String> expected;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(new StringReader(line))) {
            expected = parser.getRecords().get(0).toList();
        }
        CsvRow row = CsvRow.parse(7, line, IN_ORDER);
        if (expected.size() != CsvRow.COLUMNS.size()) {
            assertThat(row.complete()).isFalse();
        } else {
            assertThat(List.of(row.meter(), row.ts(), row.channel(), row.value(), row.unit())).isEqualTo(expected);
        }
        assertThat(row.line()).isEqualTo(7);
        assertThat(row.raw()).isEqualTo(line);
    }
}
