package nl.heerlen.energiemonitor.budget;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All stored emission factors, and the choice of the one a report of a year uses. */
public record EmissionFactors(List<EmissionFactor> all) {
    public EmissionFactors {
        all = List.copyOf(all);
    }

    /**
     * The newest version of the factor of that year; without one, of the latest earlier year; without that, of the
     * earliest later year. The report states which year it got, so a borrowed factor is visible.
     */
    public Optional<EmissionFactor> forYear(Carrier carrier, Basis basis, int year) {
        List<EmissionFactor> candidates = all.stream()
                .filter(f -> f.carrier() == carrier && f.basis() == basis).toList();
        Comparator<EmissionFactor> newest = Comparator.comparingInt(EmissionFactor::year)
                .thenComparingInt(EmissionFactor::version);
        return candidates.stream().filter(f -> f.year() <= year).max(newest)
                .or(() -> candidates.stream().filter(f -> f.year() > year)
                        .min(Comparator.comparingInt(EmissionFactor::year).thenComparing(newest.reversed())));
    }
}
