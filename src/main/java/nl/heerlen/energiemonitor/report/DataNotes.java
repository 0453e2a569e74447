package nl.heerlen.energiemonitor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.heerlen.energiemonitor.budget.BudgetLine;
import nl.heerlen.energiemonitor.budget.DataStatus;

/** Plain-language notes on every input that is illustrative or still to verify: a report built on them says so. */
final class DataNotes {
    private DataNotes() {
    }

    static List<String> of(ReportInputs in, EmissionContext emissions, StatisticsByYear statistics) {
        List<String> notes = new ArrayList<>();
        List<BudgetLine> lines = Stream.concat(in.lines().stream(), in.nextYearLines().stream()).toList();
        if (lines.stream().anyMatch(l -> l.status() == DataStatus.ILLUSTRATIVE)) {
            notes.add("Een deel van de bedragen is illustratief: voorbeeldregels, geen echte begroting.");
        }
        if (lines.stream().anyMatch(l -> l.status() == DataStatus.VERIFY)) {
            notes.add("Een deel van de bedragen moet nog worden gecontroleerd.");
        }
        if (in.palet() != null && in.palet().uncertain()) {
            notes.add("De PALET-basis (" + in.palet().baseline().baseYear() + ") en het pad zijn illustratief of nog te controleren: "
                    + in.palet().baseline().source());
        }
        if (statistics.uncertain()) {
            notes.add("De Klimaatmonitor-cijfers zijn illustratief of nog te controleren, nog geen echte export.");
        }
        emissions.factors().forEach(f -> {
            if (!DataStatus.SOURCED.wireName().equals(f.status())) {
                notes.add("Emissiefactor " + f.reference() + " is " + dutch(f.status()) + ".");
            }
            if (f.year() != in.year()) {
                notes.add("Voor " + in.year() + " is geen emissiefactor voor " + f.carrier() + " (" + f.basis()
                        + ") vastgelegd; die van " + f.year() + " is gebruikt.");
            }
        });
        emissions.assumptions().stream().filter(a -> !DataStatus.SOURCED.wireName().equals(a.status()))
                .forEach(a -> notes.add("Aanname \"" + a.description() + "\" (" + DutchFormat.number(a.value(), 2) + " "
                        + a.unit() + ") is " + dutch(a.status()) + "."));
        if (in.measures().stream().anyMatch(m -> m.portfolioStatus() != DataStatus.SOURCED)) {
            notes.add("Welke wethouder over welke maatregel gaat, is afgeleid uit de portefeuilleverdeling in het "
                    + "coalitieakkoord en nog te controleren.");
        }
        return notes;
    }

    static boolean uncertain(List<String> notes) {
        return !notes.isEmpty();
    }

    private static String dutch(String status) {
        return DataStatus.parse(status) == DataStatus.ILLUSTRATIVE ? "illustratief" : "nog te controleren";
    }
}
