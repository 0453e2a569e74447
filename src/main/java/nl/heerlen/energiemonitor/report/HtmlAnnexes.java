package nl.heerlen.energiemonitor.report;

import static nl.heerlen.energiemonitor.report.DutchFormat.*;

import java.util.List;

/** The installation groups, the data-quality annex, the sources and the changes since publication. */
final class HtmlAnnexes {
    private HtmlAnnexes() {
    }

    static String groups(InstallationGroups g) {
        var school = g.schoolRoofs();
        var centre = g.centrePanels();
        var mw = g.mijnwater();
        var gas = g.gasFree();
        return Html.h2("installaties", "Per groep installaties")
                + Html.table(List.of("Groep", "Aantal", "Opwekking of levering", "Toelichting"), List.of(
                List.of("Schooldaken", whole((double) school.roofs()) + " daken, " + number(school.kwp(), 1) + " kWp",
                        kwh(school.kwh()), "Opbrengst per kWp: " + number(school.kwhPerKwp(), 0) + " kWh/kWp"),
                List.of("Zonnepanelen centrum", whole((double) centre.panels()) + " van " + whole(centre.target()) + " panelen",
                        kwh(centre.kwh()), ""),
                List.of("Mijnwater", whole((double) mw.connections()) + " aansluitingen", "Warmte " + kwh(mw.heatKwh())
                        + ", koude " + kwh(mw.coldKwh()), "Vermeden gas " + number(mw.gasAvoidedM3(), 0) + " m3, vermeden stroom van "
                        + "koelmachines " + kwh(mw.chillerKwhAvoided()) + ", warmtepompen " + kwh(mw.heatPumpKwh())
                        + ", vermeden " + tonnes(mw.co2AvoidedTonnes())),
                gas.suppressed() ? List.of("Aardgasloze buurt", "niet getoond", "",
                        "Minder woningen dan de privacydrempel: de cijfers van deze groep worden niet getoond")
                        : List.of("Aardgasloze buurt", whole(gas.homesOffGas().doubleValue()) + " van " + whole(gas.target())
                        + " woningen van het gas", "", "Geschat vermeden gas " + number(gas.gasAvoidedM3(), 0) + " m3, "
                        + tonnes(gas.co2AvoidedTonnes()))))
                + Html.table(List.of("School", "kWp", "Opwekking", "kWh/kWp"), school.perRoof().stream().map(r -> List.of(
                r.name(), number(r.kwp(), 1), kwh(r.kwh()), number(r.kwhPerKwp(), 0))).toList());
    }

    static String quality(DataQuality q) {
        return Html.h2("datakwaliteit", "Bijlage: kwaliteit van de meetgegevens")
                + Html.p("Dekking: het deel van de tijd dat de meters in bedrijf waren en ook echt gemeten hebben. Drempel voor een "
                + "definitief cijfer: " + percent(q.threshold()) + ".")
                + Html.table(List.of("Groep", "Meters", "Dekking", "Geschat deel"), q.groups().stream().map(g -> List.of(
                g.label(), String.valueOf(g.meterCount()), percent(g.coverage()), percent(g.estimatedShare()))).toList())
                + (q.metersWithGaps().isEmpty() ? Html.p("Geen meters met gaten.")
                : Html.table(List.of("Meter met gaten", "Groep", "Dekking", "Geschat deel"), q.metersWithGaps().stream()
                .map(m -> List.of(m.meterId(), m.group(), percent(m.coverage()), percent(m.estimatedShare()))).toList()));
    }

    static String sources(Klimaatbegroting k) {
        return Html.h2("bronnen", "Gebruikte emissiefactoren en aannames")
                + Html.table(List.of("Factor", "kg CO2 per eenheid", "Bron", "Status"), k.factors().stream().map(f -> List.of(
                f.reference(), number(f.kgCo2PerUnit(), 3) + " per " + f.unit(), f.source(), f.status())).toList())
                + Html.table(List.of("Aanname", "Waarde", "Bron", "Status"), k.assumptions().stream().map(a -> List.of(
                a.description(), number(a.value(), 4) + " " + a.unit(), a.source(), a.status())).toList());
    }

    static String changes(Klimaatbegroting k) {
        if (k.changesSincePublished().isEmpty()) {
            return "";
        }
        return Html.h2("wijzigingen", "Gewijzigd sinds de gepubliceerde versie")
                + Html.table(List.of("Cijfer", "Gepubliceerd", "Nu"), k.changesSincePublished().stream().limit(200)
                .map(c -> List.of(c.figure(), c.published() == null ? MISSING : c.published(),
                        c.current() == null ? MISSING : c.current())).toList());
    }
}
