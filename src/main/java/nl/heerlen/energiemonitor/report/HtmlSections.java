package nl.heerlen.energiemonitor.report;

import static nl.heerlen.energiemonitor.report.DutchFormat.*;

import java.util.List;

/** The main sections of the HTML report: PALET, emission ceiling, measures and the plan for next year. */
final class HtmlSections {
    private HtmlSections() {
    }

    static String palet(Klimaatbegroting k) {
        PaletSection p = k.palet();
        StringBuilder s = new StringBuilder(Html.h2("palet", "Op weg naar een energieneutraal Parkstad (PALET)"));
        if (p == null) {
            return s.append(Html.p("Er is geen PALET-basis vastgelegd.")).toString();
        }
        s.append(Html.p("De resterende opgave is het energieverbruik dat nog niet duurzaam in de regio wordt opgewekt. In "
                + p.baseYear() + " was dat " + tj(p.baseRemainingTj()) + "; in " + p.targetYear() + " moet het "
                + tj(p.targetRemainingTj()) + " zijn. "
                + (p.neutralityYear() == null ? "In het huidige tempo daalt de opgave niet."
                : "In het huidige tempo (" + number(p.trendTjPerYear(), 1) + " TJ per jaar) is de opgave in "
                + p.neutralityYear() + " weggewerkt.")));
        s.append("<div class=\"chart\" id=\"palet-chart\">").append(PaletChart.svg(p, k.year())).append("</div>\n");
        s.append(Html.table(List.of("Jaar", "Verbruik", "Duurzaam opgewekt", "Resterende opgave", "Pad", "CO2-uitstoot"),
                p.statistics().stream().map(st -> List.of(String.valueOf(st.year()), tj(st.useTj()), tj(st.renewableTj()),
                        tj(st.remainingTj()), tj(p.path().stream().filter(v -> v.year() == st.year()).map(PaletSection.YearValue::value)
                                .findFirst().orElse(null)), kilotonnes(st.co2Kt()))).toList()));
        if (p.measuredContribution() != null && !p.measuredContribution().isEmpty()) {
            s.append(Html.p("Gemeten bijdrage van de installaties van de gemeente per kalenderjaar: zonnestroom van de "
                    + "schooldaken en het centrum, en Mijnwater-warmte min de stroom van de warmtepompen."));
            s.append(Html.table(List.of("Jaar", "Duurzaam opgewekt", "Vermeden verbruik", "Totaal"), p.measuredContribution()
                    .stream().map(c -> List.of(String.valueOf(c.year()), number(c.renewableTj(), 4) + " TJ",
                            number(c.avoidedTj(), 4) + " TJ", number(c.totalTj(), 4) + " TJ")).toList()));
        }
        return s.toString();
    }

    static String ceiling(CeilingSection c) {
        StringBuilder s = new StringBuilder(Html.h2("plafond", "Uitstootplafond " + c.year()));
        s.append(Html.p(c.ceilingKt() == null ? "Zonder uitstootcijfers van eerdere jaren is er geen plafond."
                : "Het plafond loopt in een rechte lijn van de laatst bekende uitstoot (" + c.inventoryYear()
                + ") naar nul in het doeljaar. Plafond: " + kilotonnes(c.ceilingKt()) + "; verwacht in het huidige tempo: "
                + kilotonnes(c.expectedKt()) + "; gerealiseerd: " + (c.realisedKt() == null ? "nog niet bekend (de Klimaatmonitor loopt 1 tot 2 jaar achter)"
                : kilotonnes(c.realisedKt())) + ". De gemeten maatregelen vermeden " + tonnes(c.measuredAvoidedTonnes()) + "."));
        return s.append(CeilingChart.svg(c)).toString();
    }

    static String measures(Klimaatbegroting k) {
        StringBuilder s = new StringBuilder(Html.h2("maatregelen", "Maatregelen uit het coalitieakkoord"));
        s.append(Html.p("Per maatregel: geld, doel en wat de meters meten. Euro per ton = uitgegeven dit jaar gedeeld door de "
                + "gemeten vermeden uitstoot dit jaar (een investering werkt ook de jaren daarna)."));
        // Two narrower tables rather than one wide one, so that the A4 PDF shows every column.
        s.append(Html.table(List.of("Maatregel", "Portefeuille (wethouder)", "Begroot", "Uitgegeven", "Doel", "Stand"),
                k.measures().stream().map(m -> List.of(m.code() + " " + m.title(),
                        m.portfolio() + " (" + (m.wethouder() == null ? MISSING : m.wethouder()) + ")",
                        euro(m.plannedEur()), euro(m.realisedEur()), kpi(m.kpiTarget(), m.kpiUnit(), m.kpiName()),
                        kpi(m.kpiActual(), m.kpiUnit(), null) + (m.kpiSource() == null ? "" : " (" + m.kpiSource() + ")")))
                        .toList()));
        s.append(Html.table(List.of("Maatregel", "Verwacht effect", "Gemeten energie", "Vermeden uitstoot", "Euro per ton"),
                k.measures().stream().filter(m -> m.measuredCo2Tonnes() != null || m.expectedCo2Tonnes() != null)
                        .map(m -> List.of(m.code() + " " + m.title(), kwh(m.expectedKwh()) + " / " + tonnes(m.expectedCo2Tonnes()),
                                kwh(m.measuredKwh()), tonnes(m.measuredCo2Tonnes()) + " (" + m.effectBasis() + ")",
                                euro(m.eurPerTonne()))).toList()));
        List<List<String>> parts = k.measures().stream().filter(m -> m.effectParts() != null && m.effectParts().size() > 1)
                .flatMap(m -> m.effectParts().stream().map(part -> List.of(m.code(), part.part(), part.computation(),
                        tonnes(part.co2Tonnes())))).toList();
        if (!parts.isEmpty()) {
            s.append(Html.p("Zo is de vermeden uitstoot berekend, stap voor stap:"));
            s.append(Html.table(List.of("Maatregel", "Deel", "Berekening", "Uitstoot"), parts));
        }
        return s.toString();
    }

    static String nextYear(NextYearPlan n) {
        String verdict = n.closesGap() == null ? "Of dit genoeg is, is niet te zeggen zonder uitstootcijfers."
                : n.gapKt() <= 0 ? "De verwachte uitstoot ligt al onder het plafond."
                : n.closesGap() ? "Het verwachte effect dicht het gat met het pad." : "Het verwachte effect is niet genoeg om het gat met het pad te dichten.";
        return Html.h2("volgend-jaar", "Plan voor " + n.year()) + Html.p("Begroot: " + euro(n.plannedEur()) + " in "
                + n.lineCount() + " begrotingsregels, met een verwacht effect van " + kwh(n.expectedKwh()) + " en "
                + tonnes(n.expectedCo2Tonnes()) + " per jaar. Het gat tussen verwachte uitstoot en plafond is "
                + kilotonnes(n.gapKt()) + ". " + verdict);
    }

    private static String kpi(Double value, String unit, String name) {
        if (value == null) {
            return name == null ? "niet gemeten" : "geen getal";
        }
        return whole(value) + " " + (unit == null ? "" : unit);
    }
}
