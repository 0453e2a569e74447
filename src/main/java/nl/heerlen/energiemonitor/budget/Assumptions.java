package nl.heerlen.energiemonitor.budget;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All stored assumptions; one applies from its year on until a later year replaces it. */
public record Assumptions(List<Assumption> all) {
    public Assumptions {
        all = List.copyOf(all);
    }

    public Optional<Assumption> forYear(String key, int year) {
        Comparator<Assumption> newest = Comparator.comparingInt(Assumption::year).thenComparingInt(Assumption::version);
        List<Assumption> candidates = all.stream().filter(a -> a.key().equals(key)).toList();
        return candidates.stream().filter(a -> a.year() <= year).max(newest)
                .or(() -> candidates.stream().min(Comparator.comparingInt(Assumption::year).thenComparing(newest.reversed())));
    }
}
