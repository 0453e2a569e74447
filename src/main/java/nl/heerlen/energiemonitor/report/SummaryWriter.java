package nl.heerlen.energiemonitor.report;

import java.util.List;

/** The one-sentence answer to "are we on track?", in plain Dutch. */
final class SummaryWriter {
    private SummaryWriter() {
    }

    static Klimaatbegroting.Summary of(int year, PaletSection palet, double measuredTj, double avoidedTonnes,
                                      boolean provisional, boolean illustrative, ProjectionSection projection) {
        boolean onTrack = palet != null && palet.onTrack();
        StringBuilder s = new StringBuilder(provisional ? "Voorlopig beeld: " : "");
        if (palet == null) {
            s.append("er is geen PALET-basis vastgelegd, dus of Heerlen op koers ligt is niet te zeggen.");
        } else {
            s.append(provisional ? "Heerlen ligt " : "Heerlen lag ").append("in ").append(year).append(onTrack ? " op koers" : " niet op koers")
                    .append(" voor een energieneutraal ").append(palet.targetYear()).append(": ").append(pace(palet));
        }
        s.append(" De gemeten maatregelen leverden dit jaar ").append(DutchFormat.tj(measuredTj))
                .append(" duurzame energie en vermeden ").append(DutchFormat.tonnes(avoidedTonnes)).append('.');
        s.append(plan(projection));
        if (illustrative) {
            s.append(" Let op: een deel van de cijfers is illustratief of nog te controleren (zie de toelichting).");
        }
        return new Klimaatbegroting.Summary(onTrack, s.toString());
    }

    /** Whether the planned measures keep next year under the ceiling (Oslo's test of a climate budget). */
    static String plan(ProjectionSection p) {
        if (p == null || p.closesGapNextYear() == null) {
            return "";
        }
        return p.closesGapNextYear() ? " Met de geplande maatregelen blijft de uitstoot volgend jaar onder het plafond."
                : " De geplande maatregelen zijn niet genoeg om de uitstoot volgend jaar onder het plafond te krijgen.";
    }

    private static String pace(PaletSection palet) {
        List<Integer> years = palet.trendYears();
        String period = years.isEmpty() ? "" : " van " + years.get(0) + "–" + years.get(years.size() - 1);
        if (palet.neutralityYear() == null) {
            return "in het tempo" + period + " daalt de resterende opgave niet.";
        }
        return "in het tempo" + period + " is de resterende opgave in " + palet.neutralityYear() + " weggewerkt"
                + (palet.onTrack() ? "." : ", " + (palet.neutralityYear() - palet.targetYear()) + " jaar te laat.");
    }
}
