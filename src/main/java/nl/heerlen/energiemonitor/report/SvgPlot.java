package nl.heerlen.energiemonitor.report;

import java.util.Locale;

/** A plotting area with linear scales, writing SVG elements; coordinates are printed with a '.' as SVG requires. */
final class SvgPlot {
    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 60;

    private final double xMin;
    private final double xMax;
    private final double yMax;
    private final StringBuilder svg = new StringBuilder();

    SvgPlot(String label, double xMin, double xMax, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax == xMin ? xMin + 1 : xMax;
        this.yMax = yMax > 0 ? yMax : 1;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.esc(label)));
        svg.append("<rect x=\"0\" y=\"0\" width=\"640\" height=\"300\" fill=\"#ffffff\"/>");
    }

    double x(double value) {
        return LEFT + (value - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    double y(double value) {
        return HEIGHT - BOTTOM - value / yMax * (HEIGHT - TOP - BOTTOM);
    }

    SvgPlot yAxis(String unit) {
        for (int i = 0; i <= 4; i++) {
            double v = yMax * i / 4;
            line(xMin, v, xMax, v, "#dddddd", 1, false);
            text(LEFT - 6, y(v) + 4, DutchFormat.whole(v), "end", "#333333");
        }
        text(8, TOP - 12, unit, "start", "#333333");
        return this;
    }

    SvgPlot line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"%s/>", x(x1), y(y1), x(x2), y(y2), colour, width, dashed ? " stroke-dasharray=\"6 4\"" : ""));
        return this;
    }

    SvgPlot dot(double xv, double yv, String colour) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>", x(xv), y(yv), colour));
        return this;
    }

    SvgPlot bar(double xv, double width, double value, String colour) {
        double top = y(value);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x(xv), top, x(xv + width) - x(xv), y(0) - top, colour));
        return this;
    }

    SvgPlot text(double px, double py, String text, String anchor, String colour) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"Helvetica, Arial, sans-serif\" "
                + "font-size=\"12\" text-anchor=\"%s\" fill=\"%s\">%s</text>", px, py, anchor, colour, Html.esc(text)));
        return this;
    }

    /** A coloured square and its label below the plot, at the n-th of three places per row. */
    SvgPlot legend(int n, String colour, String label) {
        double px = LEFT + (n % 3) * 190;
        double py = HEIGHT - 28 + (n / 3) * 16;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>", px, py - 9, colour));
        return text(px + 14, py, label, "start", "#333333");
    }

    String svg() {
        return svg + "</svg>";
    }
}
