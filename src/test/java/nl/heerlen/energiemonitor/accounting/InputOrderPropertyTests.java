package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.Readings.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property (c): delivery order and duplicates do not matter once the input is sorted and deduplicated. */
class InputOrderPropertyTests {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.heerlen.energiemonitor.accounting.Seeds#seeds")
    void shuffledDuplicatedInputGivesTheSameResultAfterSortingAndDeduplication(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = utc("2026-10-20T00:00:00Z");
        Readings.Series series = Readings.messy(random, start, start.plus(Duration.ofDays(10)), seed % 2 == 0);
        List<RegisterReading> shuffled = Readings.shuffledWithDuplicates(series.readings(), random);
        List<MeterExchange> exchanges = new ArrayList<>(series.exchanges());
        Collections.shuffle(exchanges, new Random(seed));

        List<EnergyInterval> expected = series.intervals();
        List<EnergyInterval> actual = IntervalCalculator.intervals(Readings.sortedDistinct(shuffled), series.rules(), exchanges);

        assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        Instant from = Resolution.QUARTER_HOUR.floor(start);
        Instant to = from.plus(Duration.ofDays(11));
        assertThat(QuarterHourSpreader.spread(actual, from, to)).as("seed %d", seed)
                .isEqualTo(QuarterHourSpreader.spread(expected, from, to));
        assertThatIllegalArgumentException().as("seed %d: unsorted input is refused, not silently sorted", seed)
                .isThrownBy(() -> IntervalCalculator.intervals(shuffled, series.rules(), exchanges));
    }
}
