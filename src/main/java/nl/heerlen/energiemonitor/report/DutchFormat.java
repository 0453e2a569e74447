package nl.heerlen.energiemonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers the Dutch way: 1.234,5 kWh; € 12.345,00 (with a non-breaking space, so the sign never stands alone at a
 * line end); 93,4 %. A missing figure is shown as a dash.
 */
final class DutchFormat {
    static final String MISSING = "–";
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private DutchFormat() {
    }

    static String number(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return MISSING;
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.equals("-0") || text.matches("-0,0+") ? text.substring(1) : text;
    }

    static String kwh(Double value) {
        return value == null ? MISSING : number(value, 1) + " kWh";
    }

    static String tj(Double value) {
        return value == null ? MISSING : number(value, 1) + " TJ";
    }

    static String tonnes(Double value) {
        return value == null ? MISSING : number(value, 1) + " ton CO2";
    }

    static String kilotonnes(Double value) {
        return value == null ? MISSING : number(value, 1) + " kton CO2";
    }

    static String euro(BigDecimal value) {
        return value == null ? MISSING : "€\u00a0" + number(value.setScale(2, RoundingMode.HALF_UP).doubleValue(), 2);
    }

    static String percent(Double fraction) {
        return fraction == null ? MISSING : number(fraction * 100, 1) + " %";
    }

    static String whole(Double value) {
        return number(value, 0);
    }
}
