package nl.heerlen.energiemonitor.report;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import nl.heerlen.energiemonitor.budget.ClimateStatistic;
import nl.heerlen.energiemonitor.budget.DataStatus;

/** The Klimaatmonitor figures the report reads (total use, renewable, CO2), by year. */
record StatisticsByYear(TreeMap<Integer, PaletSection.StatisticYear> years, boolean uncertain) {

    static StatisticsByYear of(List<ClimateStatistic> statistics) {
        TreeMap<Integer, PaletSection.StatisticYear> years = new TreeMap<>();
        statistics.stream().map(ClimateStatistic::year).distinct().forEach(y -> {
            Double use = value(statistics, y, ClimateStatistic.TOTAL_USE);
            Double renewable = value(statistics, y, ClimateStatistic.RENEWABLE);
            Double remaining = use != null && renewable != null ? Math.max(0, use - renewable) : null;
            years.put(y, new PaletSection.StatisticYear(y, use, renewable, remaining, value(statistics, y, ClimateStatistic.CO2)));
        });
        return new StatisticsByYear(years, statistics.stream().anyMatch(s -> s.status() != DataStatus.SOURCED));
    }

    /** The latest years up to {@code lastYear} that have the value, oldest first, at most {@code count}. */
    List<double[]> recent(int lastYear, int count, java.util.function.Function<PaletSection.StatisticYear, Double> value) {
        List<double[]> points = years.headMap(lastYear, true).descendingMap().values().stream()
                .filter(s -> value.apply(s) != null).limit(count)
                .map(s -> new double[] {s.year(), value.apply(s)}).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        java.util.Collections.reverse(points);
        return points;
    }

    Optional<PaletSection.StatisticYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    private static Double value(List<ClimateStatistic> statistics, int year, String subject) {
        return statistics.stream().filter(s -> s.year() == year && s.subject().equalsIgnoreCase(subject))
                .map(ClimateStatistic::value).findFirst().orElse(null);
    }
}
