package nl.heerlen.energiemonitor.budget;

import java.util.Objects;

/** One figure of the Klimaatmonitor for a municipality and year, e.g. "Totaal bekend energieverbruik" in TJ. */
public record ClimateStatistic(String municipality, int year, String subject, double value, String unit,
                               String source, DataStatus status) {
    public static final String TOTAL_USE = "Totaal bekend energieverbruik";
    public static final String RENEWABLE = "Hernieuwbare energie";
    public static final String CO2 = "Totale CO2-uitstoot";

    public ClimateStatistic {
        Measure.requireText(municipality, "municipality");
        Measure.requireText(subject, "subject");
        Measure.requireText(unit, "unit");
        Measure.requireText(source, "source");
        Objects.requireNonNull(status, "status");
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("year must be between 1990 and 2100, not " + year);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a number");
        }
    }
}
