package nl.heerlen.energiemonitor.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The path from the base year to the target: straight lines between the base, the imported yearly targets and the
 * target year (a single straight line when there are none).
 */
public record PaletPath(PaletBaseline baseline, List<PaletTarget> targets) {
    public PaletPath {
        Objects.requireNonNull(baseline, "baseline");
        targets = targets.stream()
                .filter(t -> t.year() > baseline.baseYear() && t.year() < baseline.targetYear())
                .sorted(Comparator.comparingInt(PaletTarget::year)).toList();
    }

    /** The remaining task (TJ) the path allows in a year; before the base year the base, after the target the target. */
    public double remainingTarget(int year) {
        List<double[]> points = points();
        if (year <= points.get(0)[0]) {
            return points.get(0)[1];
        }
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (year <= b[0]) {
                return a[1] + (b[1] - a[1]) * (year - a[0]) / (b[0] - a[0]);
            }
        }
        return baseline.targetRemainingTj();
    }

    /** True when any figure of the path is illustrative or still to verify. */
    public boolean uncertain() {
        return baseline.status() != DataStatus.SOURCED || targets.stream().anyMatch(t -> t.status() != DataStatus.SOURCED);
    }

    private List<double[]> points() {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {baseline.baseYear(), baseline.baseRemainingTj()});
        targets.forEach(t -> points.add(new double[] {t.year(), t.remainingTj()}));
        points.add(new double[] {baseline.targetYear(), baseline.targetRemainingTj()});
        return points;
    }
}
