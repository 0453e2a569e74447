package nl.heerlen.energiemonitor.budget;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A measure of the coalition agreement with its responsible portfolio and its KPI.
 *
 * @param kpiTarget null where the agreement names no number
 * @param measuredBySiteKind sites of this kind that belong to the measure measure it; null when nothing is metered
 */
public record Measure(String code, String title, String portfolio, String wethouder, DataStatus portfolioStatus,
                      String kpiName, KpiMetric kpiMetric, Double kpiTarget, String kpiUnit, DataStatus kpiStatus,
                      String measuredBySiteKind, String source) {
    private static final Pattern CODE = Pattern.compile("[0-9]+\\.[0-9]+[a-z]?");

    public Measure {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("measure code must look like 6.4 or 6.4a, not " + code);
        }
        requireText(title, "title");
        requireText(portfolio, "portfolio");
        requireText(source, "source");
        Objects.requireNonNull(portfolioStatus, "portfolioStatus");
        Objects.requireNonNull(kpiMetric, "kpiMetric");
        Objects.requireNonNull(kpiStatus, "kpiStatus");
        if (kpiTarget != null && !(kpiTarget >= 0)) {
            throw new IllegalArgumentException("kpi target must not be negative");
        }
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
