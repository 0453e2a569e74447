package nl.heerlen.energiemonitor.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money for a measure in a year, with the yearly effect its owner expects.
 *
 * @param realisedEur null while nothing is spent or booked yet
 * @param expectedKwh expected energy effect per year (generated or saved), null when not estimated
 * @param expectedCo2Tonnes expected avoided emission per year, null when not estimated
 */
public record BudgetLine(String measureCode, int year, Kind kind, String fundingSource, BigDecimal plannedEur,
                         BigDecimal realisedEur, Double expectedKwh, Double expectedCo2Tonnes, DataStatus status,
                         String source) {

    public enum Kind {
        INVESTMENT, OPERATING;

        public String wireName() {
            return name().toLowerCase();
        }

        public static Kind parse(String text) {
            return switch (text == null ? "" : text.trim().toLowerCase()) {
                case "investment", "investering" -> INVESTMENT;
                case "operating", "exploitatie" -> OPERATING;
                default -> throw new IllegalArgumentException("kind must be investment or operating, not " + text);
            };
        }
    }

    public BudgetLine {
        Measure.requireText(measureCode, "measure code");
        Measure.requireText(fundingSource, "funding source");
        Measure.requireText(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100");
        }
        plannedEur = euros(Objects.requireNonNull(plannedEur, "planned euros are required"), "planned");
        realisedEur = realisedEur == null ? null : euros(realisedEur, "realised");
        if (expectedKwh != null && !(expectedKwh >= 0) || expectedCo2Tonnes != null && !(expectedCo2Tonnes >= 0)) {
            throw new IllegalArgumentException("expected effects must not be negative");
        }
    }

    private static BigDecimal euros(BigDecimal amount, String name) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " euros must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(name + " euros have more than two decimals: " + amount.toPlainString());
        }
        return amount.setScale(2);
    }
}
