package nl.heerlen.energiemonitor.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report's tables as open data: comma-separated with a '.' as decimal point, so that any tool reads it; the
 * status of the report on every row. One table per file: the measures (default), the projection, or the PALET years.
 */
final class CsvReport {
    private static final String[] HEADER = {"jaar", "status", "code", "maatregel", "portefeuille", "wethouder",
            "begroot_eur", "uitgegeven_eur", "kpi", "kpi_doel", "kpi_stand", "kpi_eenheid", "verwacht_kwh",
            "verwacht_ton_co2", "gemeten_kwh", "vermeden_ton_co2", "effect_basis", "eur_per_ton", "meters", "factoren", "kpi_bron"};

    private CsvReport() {
    }

    static final java.util.Set<String> TABLES = java.util.Set.of("measures", "projection", "palet");
    private static final String[] PROJECTION = {"jaar_rapport", "status", "jaar", "zonder_maatregelen_kton_co2",
            "met_maatregelen_kton_co2", "plafond_kton_co2", "verwacht_effect_ton_co2", "resterend_zonder_tj",
            "resterend_met_tj", "palet_pad_tj", "verwacht_effect_tj"};
    private static final String[] PALET = {"jaar_rapport", "status", "jaar", "palet_pad_tj", "verbruik_tj",
            "duurzaam_tj", "resterend_tj", "co2_kton", "gemeten_opwekking_tj", "gemeten_vermeden_tj", "gemeten_totaal_tj"};

    static String render(Klimaatbegroting k) {
        return render(k, "measures");
    }

    static String render(Klimaatbegroting k, String table) {
        return switch (table) {
            case "projection" -> projection(k);
            case "palet" -> palet(k);
            default -> measures(k);
        };
    }

    private static String projection(Klimaatbegroting k) {
        return write(PROJECTION, csv -> {
            if (k.projection() != null) {
                for (var y : k.projection().years()) {
                    csv.printRecord(k.year(), status(k), y.year(), y.baselineKt(), y.withMeasuresKt(), y.ceilingKt(),
                            y.plannedCo2Tonnes(), y.baselineRemainingTj(), y.withMeasuresRemainingTj(), y.paletPathTj(), y.plannedTj());
                }
            }
        });
    }

    /** Every year that has a path value, a statistic or a measured contribution. */
    private static String palet(Klimaatbegroting k) {
        return write(PALET, csv -> {
            PaletSection p = k.palet();
            if (p == null) {
                return;
            }
            var contribution = p.measuredContribution() == null ? List.<PaletSection.ContributionYear>of() : p.measuredContribution();
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
            p.path().forEach(v -> years.add(v.year()));
            p.statistics().forEach(s -> years.add(s.year()));
            contribution.forEach(c -> years.add(c.year()));
            for (int year : years) {
                var path = p.path().stream().filter(v -> v.year() == year).findFirst();
                var st = p.statistics().stream().filter(s -> s.year() == year).findFirst();
                var c = contribution.stream().filter(x -> x.year() == year).findFirst();
                csv.printRecord(k.year(), status(k), year, path.map(PaletSection.YearValue::value).orElse(null),
                        st.map(PaletSection.StatisticYear::useTj).orElse(null), st.map(PaletSection.StatisticYear::renewableTj).orElse(null),
                        st.map(PaletSection.StatisticYear::remainingTj).orElse(null), st.map(PaletSection.StatisticYear::co2Kt).orElse(null),
                        c.map(PaletSection.ContributionYear::renewableTj).orElse(null),
                        c.map(PaletSection.ContributionYear::avoidedTj).orElse(null), c.map(PaletSection.ContributionYear::totalTj).orElse(null));
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String status(Klimaatbegroting k) {
        return (k.provisional() ? "voorlopig" : "definitief") + (k.illustrative() ? ";illustratief" : "")
                + (k.publication() == null ? ";concept" : ";gepubliceerd v" + k.publication().version());
    }

    private static String measures(Klimaatbegroting k) {
        StringWriter out = new StringWriter();
        String status = status(k);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (MeasureLine m : k.measures()) {
                csv.printRecord(k.year(), status, m.code(), m.title(), m.portfolio(), m.wethouder(), plain(m.plannedEur()),
                        plain(m.realisedEur()), m.kpiName(), m.kpiTarget(), m.kpiActual(), m.kpiUnit(), m.expectedKwh(),
                        m.expectedCo2Tonnes(), m.measuredKwh(), m.measuredCo2Tonnes(), m.effectBasis(),
                        plain(m.eurPerTonne()), String.join(" ", m.meters()), String.join(" ", m.factors()),
                        m.kpiSource());
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
