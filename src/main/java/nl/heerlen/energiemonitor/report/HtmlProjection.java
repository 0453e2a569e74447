package nl.heerlen.energiemonitor.report;

import static nl.heerlen.energiemonitor.report.DutchFormat.*;

import java.util.List;

/** The projection section: without and with the planned measures, against the ceiling and the PALET path. */
final class HtmlProjection {
    private HtmlProjection() {
    }

    static String section(ProjectionSection p) {
        StringBuilder s = new StringBuilder(Html.h2("projectie", "Projectie: zonder en met de geplande maatregelen"));
        if (p == null) {
            return s.append(Html.p("Geen projectie in deze versie.")).toString();
        }
        s.append(Html.p("Zoals Oslo het doet: wat gebeurt er als de gemeente niets nieuws doet, en wat als de geplande "
                + "maatregelen hun verwachte effect halen? Zonder maatregelen blijft het laatst bekende Klimaatmonitor-cijfer ("
                + (p.inventoryYear() == null ? "geen" : p.inventoryYear()) + ") gelijk; met maatregelen gaat daar het "
                + "verwachte jaareffect van de begrotingsregels van latere jaren af (een investering werkt door, "
                + "exploitatiegeld alleen in het jaar zelf)."));
        s.append(Html.p(verdict(p)));
        s.append("<div class=\"chart\" id=\"projection-chart\">").append(ProjectionChart.emissions(p)).append("</div>\n");
        s.append("<div class=\"chart\" id=\"projection-energy-chart\">").append(ProjectionChart.energy(p)).append("</div>\n");
        s.append(Html.table(List.of("Jaar", "Zonder maatregelen", "Met maatregelen", "Plafond", "Resterend zonder",
                "Resterend met", "PALET-pad"), p.years().stream().map(y -> List.of(String.valueOf(y.year()),
                kilotonnes(y.baselineKt()), kilotonnes(y.withMeasuresKt()), kilotonnes(y.ceilingKt()),
                tj(y.baselineRemainingTj()), tj(y.withMeasuresRemainingTj()), tj(y.paletPathTj()))).toList()));
        return s.toString();
    }

    static String verdict(ProjectionSection p) {
        if (p.inventoryYear() == null) {
            return "Zonder uitstootcijfers van de Klimaatmonitor is niet te zeggen of de geplande maatregelen het gat dichten.";
        }
        String next = p.closesGapNextYear() == null ? ""
                : p.closesGapNextYear() ? "Volgend jaar blijft de uitstoot met de geplande maatregelen onder het plafond. "
                : "Volgend jaar dichten de geplande maatregelen het gat met het plafond niet. ";
        String ceiling = p.firstYearAboveCeiling() == null
                ? "In alle jaren tot het doeljaar blijft de uitstoot met de geplande maatregelen onder het plafond."
                : "Met de geplande maatregelen ligt de uitstoot vanaf " + p.firstYearAboveCeiling() + " boven het plafond: "
                + "daar zijn meer maatregelen voor nodig.";
        String path = p.energyYear() == null ? ""
                : p.firstYearAbovePath() == null ? " De resterende opgave blijft op of onder het PALET-pad."
                : " De resterende opgave ligt vanaf " + p.firstYearAbovePath() + " boven het PALET-pad.";
        return next + ceiling + path;
    }
}
