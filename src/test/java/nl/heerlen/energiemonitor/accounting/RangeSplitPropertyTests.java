package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.Readings.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property (d), what incremental recomputation relies on: cutting [from, to) into arbitrary
 * quarter-hour-aligned pieces and concatenating the pieces gives exactly the quarter hours of one pass,
 * also when each piece only sees the reading window that docs/accounting.md tells the caller to load.
 */
class RangeSplitPropertyTests {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.heerlen.energiemonitor.accounting.Seeds#seeds")
    void piecesConcatenateToOnePass(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = utc("2026-03-25T00:00:00Z").plusMillis(random.nextLong(86_400_000L));
        Readings.Series series = Readings.messy(random, start, start.plus(Duration.ofDays(14)), seed % 2 == 0);
        // The range reaches beyond the readings on both sides, so the edges are split as well.
        Instant from = Resolution.QUARTER_HOUR.floor(start).minus(Duration.ofHours(6));
        Instant to = from.plus(Duration.ofDays(15));

        List<QuarterHour> onePass = QuarterHourSpreader.spread(series.intervals(), from, to);
        List<QuarterHour> samePieces = new ArrayList<>();
        List<QuarterHour> windowedPieces = new ArrayList<>();
        List<Instant> cuts = cuts(random, from, to);
        for (int i = 1; i < cuts.size(); i++) {
            Instant pieceFrom = cuts.get(i - 1);
            Instant pieceTo = cuts.get(i);
            samePieces.addAll(QuarterHourSpreader.spread(series.intervals(), pieceFrom, pieceTo));
            List<RegisterReading> window = window(series.readings(), pieceFrom, pieceTo);
            List<MeterExchange> exchanges = series.exchanges().stream()
                    .filter(exchange -> !window.isEmpty() && exchange.at().isAfter(window.get(0).ts())
                            && !exchange.at().isAfter(window.get(window.size() - 1).ts()))
                    .toList();
            windowedPieces.addAll(QuarterHourSpreader.spread(
                    IntervalCalculator.intervals(window, series.rules(), exchanges), pieceFrom, pieceTo));
        }

        assertThat(samePieces).as("seed %d, cuts %s", seed, cuts).isEqualTo(onePass);
        assertThat(windowedPieces).as("seed %d, cuts %s", seed, cuts).isEqualTo(onePass);
    }

    /** from, to and a random number of distinct quarter-hour-aligned points in between, in order. */
    private static List<Instant> cuts(SplittableRandom random, Instant from, Instant to) {
        long quarters = Duration.between(from, to).toMinutes() / 15;
        TreeSet<Instant> cuts = new TreeSet<>(List.of(from, to));
        int count = random.nextInt(1, 40);
        for (int i = 0; i < count; i++) {
            cuts.add(from.plus(Duration.ofMinutes(15 * random.nextLong(1, quarters))));
        }
        return List.copyOf(cuts);
    }

    /** The readings to load for [from, to): from the last one at or before from to the first one at or after to. */
    private static List<RegisterReading> window(List<RegisterReading> readings, Instant from, Instant to) {
        int first = 0;
        int last = readings.size() - 1;
        for (int i = 0; i < readings.size(); i++) {
            if (!readings.get(i).ts().isAfter(from)) {
                first = i;
            }
        }
        for (int i = readings.size() - 1; i >= 0; i--) {
            if (!readings.get(i).ts().isBefore(to)) {
                last = i;
            }
        }
        return readings.subList(first, last + 1);
    }
}
