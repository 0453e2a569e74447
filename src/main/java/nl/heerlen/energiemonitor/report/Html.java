package nl.heerlen.energiemonitor.report;

import java.util.List;

/** Small helpers for writing well-formed XHTML (the PDF renderer needs XML) with escaped text. */
final class Html {
    private Html() {
    }

    static String esc(String text) {
        if (text == null) {
            return DutchFormat.MISSING;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String row(List<String> cells) {
        StringBuilder s = new StringBuilder("<tr>");
        cells.forEach(c -> s.append("<td>").append(esc(c)).append("</td>"));
        return s.append("</tr>\n").toString();
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("<table><thead><tr>");
        header.forEach(h -> s.append("<th>").append(esc(h)).append("</th>"));
        s.append("</tr></thead><tbody>\n");
        rows.forEach(r -> s.append(row(r)));
        return s.append("</tbody></table>\n").toString();
    }

    static String p(String text) {
        return "<p>" + esc(text) + "</p>\n";
    }

    static String h2(String id, String text) {
        return "<h2 id=\"" + id + "\">" + esc(text) + "</h2>\n";
    }
}
