package nl.heerlen.energiemonitor.report;

import java.util.List;

/** The one-sentence answer to "are we on track?", in plain Dutch. */
final class SummaryWriter {
    private SummaryWriter() {
    }

    static Klimaatbegroting.Summary of(int year, PaletSection palet, double measuredTj, double avoidedTonnes,
                                      boolean provisional, boolean illustrative) {
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
        if (illustrative) {
            s.append(" Let op: een deel van de cijfers is illustratief of nog te controleren (zie de toelichting).");
        }
        return new Klimaatbegroting.Summary(onTrack, s.toString());
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
