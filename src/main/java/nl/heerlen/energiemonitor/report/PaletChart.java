package nl.heerlen.energiemonitor.report;

/** The PALET trajectory as SVG: the path, the Klimaatmonitor statistics and the projection at the current pace. */
final class PaletChart {
    static final String PATH = "#1f5fa8";
    static final String STATISTICS = "#222222";
    static final String PROJECTION = "#d9731a";
    static final String CONTRIBUTION = "#2e8b57";

    private PaletChart() {
    }

    static String svg(PaletSection palet, int reportYear) {
        if (palet == null) {
            return "<p>Geen PALET-basis vastgelegd: geen grafiek.</p>";
        }
        int last = palet.neutralityYear() == null ? palet.targetYear() : Math.min(Math.max(palet.neutralityYear(), palet.targetYear()), palet.targetYear() + 30);
        double yMax = Math.max(palet.baseRemainingTj(), palet.statistics().stream()
                .mapToDouble(s -> s.remainingTj() == null ? 0 : s.remainingTj()).max().orElse(0)) * 1.1;
        SvgPlot plot = new SvgPlot("PALET: resterende opgave in TJ per jaar", palet.baseYear(), last, yMax).yAxis("TJ");
        for (int year = palet.baseYear(); year <= last; year += 5) {
            plot.text(plot.x(year), 258, String.valueOf(year), "middle", "#333333");
        }
        var path = palet.path();
        for (int i = 1; i < path.size(); i++) {
            plot.line(path.get(i - 1).year(), path.get(i - 1).value(), path.get(i).year(), path.get(i).value(), PATH, 2.5, false);
        }
        palet.statistics().stream().filter(s -> s.remainingTj() != null).forEach(s -> plot.dot(s.year(), s.remainingTj(), STATISTICS));
        var lastStat = palet.statistics().stream().filter(s -> s.remainingTj() != null && s.year() <= reportYear)
                .reduce((a, b) -> b).orElse(null);
        if (lastStat != null && palet.trendTjPerYear() != null) {
            double end = palet.neutralityYear() == null ? last : Math.min(palet.neutralityYear(), last);
            double endValue = Math.max(0, lastStat.remainingTj() + palet.trendTjPerYear() * (end - lastStat.year()));
            plot.line(lastStat.year(), lastStat.remainingTj(), end, endValue, PROJECTION, 2.5, true);
        }
        double contributionMax = contribution(plot, palet, yMax);
        plot.line(reportYear, 0, reportYear, yMax, "#999999", 1, true);
        return plot.legend(0, PATH, "PALET-pad").legend(1, STATISTICS, "Klimaatmonitor").legend(2, PROJECTION, "Huidig tempo")
                .legend(3, "#999999", "Rapportjaar " + reportYear)
                .legend(4, CONTRIBUTION, "Gemeten bijdrage (staven, max " + DutchFormat.tj(contributionMax) + ")")
                .svg();
    }

    /**
     * The measured contribution per year as bars. It is tiny next to the city's remaining task, so the bars have their
     * own scale (the highest is a fifth of the chart) and the legend gives the highest value.
     */
    private static double contribution(SvgPlot plot, PaletSection palet, double yMax) {
        var years = palet.measuredContribution() == null ? java.util.List.<PaletSection.ContributionYear>of() : palet.measuredContribution();
        double max = years.stream().mapToDouble(PaletSection.ContributionYear::totalTj).max().orElse(0);
        if (max > 0) {
            years.forEach(c -> plot.bar(c.year() - 0.35, 0.7, c.totalTj() / max * yMax * 0.2, CONTRIBUTION));
        }
        return max;
    }
}
