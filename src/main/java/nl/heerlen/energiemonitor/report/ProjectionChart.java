package nl.heerlen.energiemonitor.report;

import java.util.List;
import java.util.function.Function;

/** The projections as SVG lines: without measures, with the planned measures, and the limit (ceiling or PALET path). */
final class ProjectionChart {
    static final String WITHOUT = "#888888";
    static final String WITH = "#2e8b57";
    static final String LIMIT = "#1f5fa8";

    private ProjectionChart() {
    }

    static String emissions(ProjectionSection p) {
        return svg(p, "Uitstoot zonder en met maatregelen, in kton CO2", "kton CO2", ProjectionSection.ProjectionYear::baselineKt,
                ProjectionSection.ProjectionYear::withMeasuresKt, ProjectionSection.ProjectionYear::ceilingKt, "Plafond");
    }

    static String energy(ProjectionSection p) {
        return svg(p, "Resterende opgave zonder en met maatregelen, in TJ", "TJ", ProjectionSection.ProjectionYear::baselineRemainingTj,
                ProjectionSection.ProjectionYear::withMeasuresRemainingTj, ProjectionSection.ProjectionYear::paletPathTj, "PALET-pad");
    }

    private static String svg(ProjectionSection p, String title, String unit, Function<ProjectionSection.ProjectionYear, Double> without,
                              Function<ProjectionSection.ProjectionYear, Double> with,
                              Function<ProjectionSection.ProjectionYear, Double> limit, String limitLabel) {
        List<ProjectionSection.ProjectionYear> years = p.years().stream().filter(y -> without.apply(y) != null).toList();
        if (years.isEmpty()) {
            return "<p>Zonder Klimaatmonitor-cijfers is er geen projectie.</p>";
        }
        double max = years.stream().mapToDouble(y -> Math.max(without.apply(y),
                limit.apply(y) == null ? 0 : limit.apply(y))).max().orElse(1) * 1.1;
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        SvgPlot plot = new SvgPlot(title, first, last, max).yAxis(unit);
        for (int year = first; year <= last; year += Math.max(1, (last - first + 4) / 5)) {
            plot.text(plot.x(year), 258, String.valueOf(year), "middle", "#333333");
        }
        series(plot, years, limit, LIMIT, false);
        series(plot, years, without, WITHOUT, true);
        series(plot, years, with, WITH, false);
        return plot.legend(0, WITHOUT, "Zonder maatregelen").legend(1, WITH, "Met geplande maatregelen")
                .legend(2, LIMIT, limitLabel).svg();
    }

    private static void series(SvgPlot plot, List<ProjectionSection.ProjectionYear> years,
                               Function<ProjectionSection.ProjectionYear, Double> value, String colour, boolean dashed) {
        if (years.size() == 1 && value.apply(years.get(0)) != null) {
            plot.dot(years.get(0).year(), value.apply(years.get(0)), colour);
        }
        for (int i = 1; i < years.size(); i++) {
            Double a = value.apply(years.get(i - 1));
            Double b = value.apply(years.get(i));
            if (a != null && b != null) {
                plot.line(years.get(i - 1).year(), a, years.get(i).year(), b, colour, 2.5, dashed);
            }
        }
    }
}
