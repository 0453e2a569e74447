package nl.heerlen.energiemonitor.report;

/** The start page at "/": this year's state in a sentence and a chart, and where to read more. */
final class LandingPage {
    private LandingPage() {
    }

    /** Links go to the latest published version (public); the draft of this year is for staff and says so. */
    static String render(Klimaatbegroting k, Integer publishedYear, String grafanaUrl) {
        String draft = "/api/v1/klimaatbegroting/" + k.year();
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head><meta charset=\"UTF-8\"/>"
                + HtmlReport.HEAD_ICON + "<title>Heerlen Energiemonitor</title><style>" + HtmlReport.CSS + "</style></head><body>\n"
                + "<h1>Heerlen Energiemonitor</h1>\n"
                + Html.p("Hoe staat Heerlen ervoor op weg naar een energieneutrale regio in 2040? Deze site telt wat de "
                + "zonnepanelen op scholen en in het centrum en de Mijnwater-aansluitingen echt opleveren, en zet dat naast het geld.")
                + "<p class=\"summary\" id=\"state\">" + Html.esc(k.summary().sentence()) + "</p>\n"
                + "<div class=\"chart\" id=\"palet-chart\">" + PaletChart.svg(k.palet(), k.year()) + "</div>\n"
                + "<h2>Lees verder</h2><ul>"
                + published(publishedYear)
                + "<li><a id=\"report-draft\" href=\"" + draft + "/report.html\">Concept klimaatbegroting " + k.year()
                + " (voor medewerkers; inloggen)</a></li>"
                + "<li><a id=\"api-docs\" href=\"/v3/api-docs\">API-documentatie</a></li>"
                + "<li><a id=\"dashboards\" href=\"" + Html.esc(grafanaUrl) + "\">Dashboards (Grafana)</a></li>"
                + "</ul>\n<p class=\"small\">" + Html.esc(HtmlReport.status(k)) + "</p></body></html>\n";
    }

    private static String published(Integer year) {
        if (year == null) {
            return "<li>Er is nog geen vastgestelde klimaatbegroting gepubliceerd.</li>";
        }
        String base = "/api/v1/klimaatbegroting/" + year;
        String version = "?version=published";
        return "<li><a id=\"report-html\" href=\"" + base + "/report.html" + version + "\">Klimaatbegroting " + year
                + " (webpagina)</a></li>"
                + "<li><a id=\"report-pdf\" href=\"" + base + "/report.pdf" + version + "\">Klimaatbegroting " + year
                + " (PDF voor de raad)</a></li>"
                + "<li><a id=\"report-csv\" href=\"" + base + "/report.csv" + version + "\">Maatregelen " + year
                + " als open data (CSV)</a></li>";
    }
}
