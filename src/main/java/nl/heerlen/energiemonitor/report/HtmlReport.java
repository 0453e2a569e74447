package nl.heerlen.energiemonitor.report;

/**
 * The klimaatbegroting as one XHTML page for people: the web report, and (rendered by openhtmltopdf) the PDF for the
 * council. Plain Dutch, numbers the Dutch way, charts as inline SVG so that no script is needed.
 */
final class HtmlReport {
    static final String CSS = """
            body { font-family: Helvetica, Arial, sans-serif; color: #222; max-width: 60em; margin: 1em auto; padding: 0 1em; font-size: 11pt; }
            h1 { color: #1f5fa8; } h2 { color: #1f5fa8; border-bottom: 1px solid #ccc; margin-top: 1.5em; }
            table { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: 9pt; }
            th, td { border: 1px solid #ccc; padding: 3px 5px; text-align: left; vertical-align: top; }
            th { background: #eef3fa; } .summary { font-size: 13pt; background: #f6f8fb; padding: 0.6em; border-left: 4px solid #1f5fa8; }
            .status { color: #a33; font-weight: bold; } .notes li { margin: 0.2em 0; } .small { font-size: 9pt; color: #555; }
            @page { size: A4; margin: 15mm; }
            """;

    /** An empty inline icon: without it every browser asks for /favicon.ico and logs a 404 as a console error. */
    static final String HEAD_ICON = "<link rel=\"icon\" href=\"data:,\"/>";

    private HtmlReport() {
    }

    /** {@code query} ("" or "?version=published") keeps the links on the same version as the page. */
    static String render(Klimaatbegroting k, String basePath, String query) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head>"
                + HEAD_ICON + "<meta charset=\"UTF-8\"/><title>Klimaatbegroting " + k.year() + " Heerlen</title><style>" + CSS
                + "</style></head><body>\n");
        s.append("<h1>Klimaatbegroting ").append(k.year()).append(" – gemeente Heerlen</h1>\n");
        s.append("<p class=\"status\">").append(Html.esc(status(k))).append("</p>\n");
        s.append("<p class=\"small\">Ook als <a href=\"").append(basePath).append("/report.pdf").append(query)
                .append("\">PDF</a>, <a href=\"").append(basePath).append("/report.csv").append(query)
                .append("\">CSV (open data)</a> en <a href=\"").append(basePath).append(query)
                .append("\">JSON</a>. <a href=\"/\">Naar de startpagina</a>.</p>\n");
        s.append(Html.h2("samenvatting", "Samenvatting"));
        s.append("<p class=\"summary\">").append(Html.esc(k.summary().sentence())).append("</p>\n");
        s.append("<div class=\"chart\" id=\"summary-chart\">").append(CeilingChart.svg(k.ceiling())).append("</div>\n");
        k.provisionalReasons().forEach(r -> s.append(Html.p(r)));
        if (!k.dataNotes().isEmpty()) {
            s.append("<p><strong>Let op, over de gebruikte cijfers:</strong></p><ul class=\"notes\">");
            k.dataNotes().forEach(n -> s.append("<li>").append(Html.esc(n)).append("</li>"));
            s.append("</ul>\n");
        }
        s.append(HtmlSections.palet(k)).append(HtmlSections.ceiling(k.ceiling())).append(HtmlProjection.section(k.projection()))
                .append(HtmlSections.measures(k))
                .append(HtmlSections.nextYear(k.nextYear())).append(HtmlAnnexes.groups(k.groups()))
                .append(HtmlAnnexes.quality(k.quality())).append(HtmlAnnexes.sources(k)).append(HtmlAnnexes.changes(k));
        return s.append("</body></html>\n").toString();
    }

    static String status(Klimaatbegroting k) {
        String version = k.publication() == null ? "Concept (nog niet vastgesteld)"
                : "Gepubliceerde versie " + k.publication().version() + " van " + k.publication().publishedAt().atZone(
                        nl.heerlen.energiemonitor.shared.AmsterdamCalendar.ZONE).toLocalDate();
        return version + (k.provisional() ? " – VOORLOPIG" : " – definitief") + (k.illustrative() ? " – bevat illustratieve cijfers" : "");
    }
}
