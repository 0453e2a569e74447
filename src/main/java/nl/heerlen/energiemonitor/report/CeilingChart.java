package nl.heerlen.energiemonitor.report;

/** The emission ceiling of the year next to the expected and realised emission, as SVG bars. */
final class CeilingChart {
    private CeilingChart() {
    }

    static String svg(CeilingSection c) {
        if (c.ceilingKt() == null) {
            return "<p>Nog geen Klimaatmonitor-cijfers over uitstoot: geen plafond te berekenen.</p>";
        }
        double[] values = {c.ceilingKt(), c.expectedKt() == null ? 0 : c.expectedKt(), c.realisedKt() == null ? 0 : c.realisedKt()};
        String[] labels = {"Plafond " + c.year(), "Verwacht (huidig tempo)", c.realisedKt() == null ? "Gerealiseerd: nog niet bekend" : "Gerealiseerd"};
        String[] colours = {"#1f5fa8", "#d9731a", "#2e8b57"};
        double max = Math.max(values[0], Math.max(values[1], values[2])) * 1.15;
        SvgPlot plot = new SvgPlot("Uitstootplafond " + c.year() + " in kton CO2", 0, 3, max).yAxis("kton CO2");
        for (int i = 0; i < 3; i++) {
            plot.bar(i + 0.2, 0.6, values[i], colours[i]);
            if (values[i] > 0) {
                plot.text(plot.x(i + 0.5), plot.y(values[i]) - 4, DutchFormat.number(values[i], 1), "middle", "#222222");
            }
            plot.legend(i, colours[i], labels[i]);
        }
        return plot.svg();
    }
}
