package nl.heerlen.energiemonitor.budget;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A KPI figure entered by hand: the state of a measure's KPI on a day, or for a whole year when {@code onDate} is null.
 *
 * @param recordedBy who entered it (an admin account)
 */
public record KpiActual(Long id, String measureCode, int year, LocalDate onDate, double value, String source,
                        String recordedBy, Instant recordedAt) {
    public KpiActual {
        Measure.requireText(measureCode, "measureCode");
        Measure.requireText(source, "source");
        Measure.requireText(recordedBy, "recordedBy");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100, not " + year);
        }
        if (onDate != null && onDate.getYear() != year) {
            throw new IllegalArgumentException("the date " + onDate + " is not in the year " + year);
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("value must be a number of at least 0, not " + value);
        }
    }

    /** The day the figure describes: the date, or the last day of its year. */
    public LocalDate asOf() {
        return onDate != null ? onDate : LocalDate.of(year, 12, 31);
    }

    /** What an admin sends: a date or a year (a date decides the year), the value and where it comes from. */
    public record Input(LocalDate date, Integer year, Double value, String source) {
        KpiActual toActual(String measureCode, String recordedBy) {
            if (date == null && year == null) {
                throw new IllegalArgumentException("give a date or a year");
            }
            if (value == null) {
                throw new IllegalArgumentException("value is required");
            }
            return new KpiActual(null, measureCode, year != null ? year : date.getYear(), date, value, source,
                    recordedBy, null);
        }
    }
}
