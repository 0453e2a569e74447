package nl.heerlen.energiemonitor.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.heerlen.energiemonitor.budget.KpiActual;

/** KPI figures entered by hand: the one that counts for a measure, and how the report names where it comes from. */
final class EnteredKpi {
    private EnteredKpi() {
    }

    /** The entry of the latest day (a year-only entry counts as 31 December); on the same day the last entered. */
    static Optional<KpiActual> latest(List<KpiActual> entered, String measureCode) {
        return entered.stream().filter(a -> a.measureCode().equals(measureCode))
                .max(Comparator.comparing(KpiActual::asOf).thenComparing(a -> a.id() == null ? 0L : a.id()));
    }

    static String describe(KpiActual a) {
        return "ingevoerd: " + a.source() + " (stand " + (a.onDate() != null ? a.onDate().toString() : "jaar " + a.year()) + ")";
    }
}
