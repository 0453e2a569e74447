package nl.heerlen.energiemonitor.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The measures table as open data: comma-separated with a '.' as decimal point, so that any tool reads it; one row
 * per measure, the status of the report on every row.
 */
final class CsvReport {
    private static final String[] HEADER = {"jaar", "status", "code", "maatregel", "portefeuille", "wethouder",
            "begroot_eur", "uitgegeven_eur", "kpi", "kpi_doel", "kpi_stand", "kpi_eenheid", "verwacht_kwh",
            "verwacht_ton_co2", "gemeten_kwh", "vermeden_ton_co2", "effect_basis", "eur_per_ton", "meters", "factoren"};

    private CsvReport() {
    }

    static String render(Klimaatbegroting k) {
        StringWriter out = new StringWriter();
        String status = (k.provisional() ? "voorlopig" : "definitief") + (k.illustrative() ? ";illustratief" : "")
                + (k.publication() == null ? ";concept" : ";gepubliceerd v" + k.publication().version());
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (MeasureLine m : k.measures()) {
                csv.printRecord(k.year(), status, m.code(), m.title(), m.portfolio(), m.wethouder(), plain(m.plannedEur()),
                        plain(m.realisedEur()), m.kpiName(), m.kpiTarget(), m.kpiActual(), m.kpiUnit(), m.expectedKwh(),
                        m.expectedCo2Tonnes(), m.measuredKwh(), m.measuredCo2Tonnes(), m.effectBasis(),
                        plain(m.eurPerTonne()), String.join(" ", m.meters()), String.join(" ", m.factors()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
