package nl.heerlen.energiemonitor.budget;

/** Converts rows of the budget seed files (',' separated, '.' decimals) into domain values. */
final class SeedRows {
    private SeedRows() {
    }

    static Measure measure(CsvLines.Row r) {
        return new Measure(r.get("code"), r.get("title"), r.get("portfolio"), r.get("wethouder"),
                DataStatus.parse(r.get("portfolio_status")), r.get("kpi_name"),
                KpiMetric.parse(r.get("kpi_metric") == null ? "none" : r.get("kpi_metric")),
                number(r, "kpi_target"), r.get("kpi_unit"), DataStatus.parse(r.get("kpi_status")),
                r.get("measured_by_site_kind"), r.get("source"));
    }

    static EmissionFactor factor(CsvLines.Row r) {
        return new EmissionFactor(Carrier.parse(r.get("carrier")), NumberCells.year(r.get("year")),
                Basis.parse(r.get("basis")), version(r), required(r, "kg_co2_per_unit"), r.get("unit"),
                r.get("source"), DataStatus.parse(r.get("status")));
    }

    static Assumption assumption(CsvLines.Row r) {
        return new Assumption(r.get("key"), NumberCells.year(r.get("year")), version(r), required(r, "value"),
                r.get("unit"), r.get("description"), r.get("source"), DataStatus.parse(r.get("status")));
    }

    static PaletBaseline baseline(CsvLines.Row r) {
        return new PaletBaseline(r.get("area"), NumberCells.year(r.get("base_year")), required(r, "base_use_tj"),
                required(r, "base_renewable_tj"), NumberCells.year(r.get("target_year")),
                number(r, "target_remaining_tj") == null ? 0 : number(r, "target_remaining_tj"),
                r.get("source"), DataStatus.parse(r.get("status")));
    }

    static PaletTarget target(CsvLines.Row r) {
        return new PaletTarget(r.get("area"), NumberCells.year(r.get("year")), required(r, "remaining_tj"),
                r.get("source"), DataStatus.parse(r.get("status")));
    }

    private static int version(CsvLines.Row r) {
        return r.get("version") == null ? 1 : NumberCells.year(r.get("version"));
    }

    private static Double number(CsvLines.Row r, String column) {
        return NumberCells.number(r.get(column), ',', column);
    }

    private static double required(CsvLines.Row r, String column) {
        Double value = number(r, column);
        if (value == null) {
            throw new IllegalArgumentException(column + " is required");
        }
        return value;
    }
}
