package nl.heerlen.energiemonitor.report;

import java.util.List;

/** A least-squares straight line through (year, value) points: "the current pace". */
record LinearTrend(double slope, double intercept) {

    /** Empty-handed callers get null: a trend needs at least two distinct years. */
    static LinearTrend fit(List<double[]> points) {
        int n = points.size();
        if (n < 2) {
            return null;
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = points.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
        double sxx = points.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        return new LinearTrend(slope, my - slope * mx);
    }

    double valueAt(double year) {
        return intercept + slope * year;
    }

    /** The first whole year at which the line is at or below the target; null when it does not fall. */
    Integer yearReaching(double target) {
        if (!(slope < 0)) {
            return null;
        }
        return (int) Math.ceil((target - intercept) / slope - 1e-9);
    }
}
