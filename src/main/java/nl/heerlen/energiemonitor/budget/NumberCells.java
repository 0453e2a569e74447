package nl.heerlen.energiemonitor.budget;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers in CSV cells as exports write them: Dutch (1.234,56) or international (1,234.56), with or without thousands
 * separators, a currency sign, spaces, a Unicode minus or accounting parentheses for negatives. Where a number has
 * one separator only, a comma is the decimal comma; a dot followed by exactly three digits is a thousands dot in a
 * ';'-separated (Dutch) file and the decimal point otherwise. Anything else is refused, never guessed.
 */
final class NumberCells {
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern DUTCH = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d+)?|\\d+(,\\d+)?");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3}){2,}");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern ONE_DOT_THOUSAND = Pattern.compile("\\d{1,3}\\.\\d{3}");

    private NumberCells() {
    }

    static BigDecimal decimal(String cell, char delimiter, String name) {
        if (cell == null) {
            return null;
        }
        String text = cell.replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00a0\\u202f']", "").replace('\u2212', '-');
        boolean negative = false;
        if (text.startsWith("(") && text.endsWith(")")) {
            negative = true;
            text = text.substring(1, text.length() - 1);
        }
        if (text.startsWith("-")) {
            negative = !negative;
            text = text.substring(1);
        }
        String plain = plain(text, delimiter);
        if (plain == null) {
            throw new IllegalArgumentException(name + " is not a number: " + cell);
        }
        BigDecimal value = new BigDecimal(plain);
        return negative ? value.negate() : value;
    }

    /** The digits with a '.' as decimal point, or null when the text is no number in either notation. */
    private static String plain(String t, char delimiter) {
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (PLAIN.matcher(t).matches()) {
            return t;
        }
        if (comma >= 0 && dot >= 0) {
            return comma > dot ? dutch(t) : international(t);
        }
        if (comma >= 0) {
            return COMMA_THOUSANDS.matcher(t).matches() ? t.replace(",", "") : dutch(t);
        }
        if (DOT_THOUSANDS.matcher(t).matches() || (delimiter == ';' && ONE_DOT_THOUSAND.matcher(t).matches())) {
            return t.replace(".", "");
        }
        return international(t);
    }

    private static String dutch(String t) {
        return DUTCH.matcher(t).matches() ? t.replace(".", "").replace(',', '.') : null;
    }

    private static String international(String t) {
        return INTERNATIONAL.matcher(t).matches() ? t.replace(",", "") : null;
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
