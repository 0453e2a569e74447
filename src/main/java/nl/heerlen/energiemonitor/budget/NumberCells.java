package nl.heerlen.energiemonitor.budget;

import java.math.BigDecimal;

/**
 * Numbers in CSV cells: with ';' as delimiter the Dutch way (1.234,56), with ',' the international way (1234.56).
 * Currency signs and spaces are ignored.
 */
final class NumberCells {
    private NumberCells() {
    }

    static BigDecimal decimal(String cell, char delimiter, String name) {
        if (cell == null) {
            return null;
        }
        String text = cell.replace("€", "").replace("\u00a0", "").replace(" ", "");
        if (delimiter == ';') {
            text = text.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + cell);
        }
    }

    static Double number(String cell, char delimiter, String name) {
        BigDecimal value = decimal(cell, delimiter, name);
        return value == null ? null : value.doubleValue();
    }

    static int year(String cell) {
        try {
            return Integer.parseInt(cell == null ? "" : cell.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year is not a whole number: " + cell);
        }
    }
}
