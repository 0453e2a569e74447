package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The load settings' partitions: validated, and splitting a fleet into disjoint shares that cover it. */
class LoadSettingsTests {

    @Test
    void bindsToASinglePartitionOfTheWholeFleetUnlessTold() {
        LoadSettings defaults = SimulatorSettings.bind(Map.of("mode", "load")).load();
        assertThat(defaults.partitions()).isEqualTo(1);
        assertThat(defaults.partition()).isZero();
        assertThat(LoadSettings.defaults()).isEqualTo(defaults);

        LoadSettings third = SimulatorSettings.bind(SimulatorSettings.fromArguments(
                "--mode=load", "--load.partitions=3", "--load.partition=2")).load();
        assertThat(third.partitions()).isEqualTo(3);
        assertThat(third.partition()).isEqualTo(2);
    }

    @Test
    void refusesAPartitionOutsideZeroToPartitionsMinusOne() {
        assertThatThrownBy(() -> partition(2, 2)).hasMessageContaining("load.partition must be 0 to partitions - 1 (1)");
        assertThatThrownBy(() -> partition(-1, 2)).hasMessageContaining("load.partition must be");
        assertThatThrownBy(() -> partition(0, 0)).hasMessageContaining("load.partitions must be 1 to 10000");
        assertThatThrownBy(() -> partition(0, 10_001)).hasMessageContaining("load.partitions must be 1 to 10000");
        assertThatThrownBy(() -> SimulatorSettings.bind(Map.of("load.partitions", "2", "load.partition", "5")))
                .rootCause().hasMessageContaining("load.partition must be");
        assertThat(partition(9_999, 10_000).partition()).isEqualTo(9_999);
    }

    @Test
    void oneSimulatorPublishesTheWholeFleetInItsOrder() {
        List<String> fleet = List.of("c", "a", "b");
        assertThat(LoadSettings.defaults().shareOf(fleet)).containsExactly("c", "a", "b");
    }

    @Test
    void takesEveryPartitionsThMeterFromThePartitionsIndex() {
        List<Integer> fleet = IntStream.range(0, 10).boxed().toList();
        assertThat(partition(1, 3).shareOf(fleet)).containsExactly(1, 4, 7);
        assertThat(partition(0, 3).shareOf(fleet)).containsExactly(0, 3, 6, 9);
        assertThat(partition(4, 12).shareOf(fleet)).containsExactly(4);
        assertThat(partition(11, 12).shareOf(fleet)).isEmpty();
    }

    @Test
    void sharesAreDisjointAndTogetherTheWholeFleetForAnyNumberOfPartitions() {
        Random random = new Random(20_250_607L);
        for (int round = 0; round < 200; round++) {
            int size = random.nextInt(300);
            int partitions = 1 + random.nextInt(20);
            List<String> fleet = IntStream.range(0, size).mapToObj(index -> "meter-" + index).toList();

            List<String> union = new ArrayList<>();
            for (int partition = 0; partition < partitions; partition++) {
                List<String> share = partition(partition, partitions).shareOf(fleet);
                assertThat(share).as("a share keeps the fleet's order").isSortedAccordingTo(
                        (a, b) -> Integer.compare(fleet.indexOf(a), fleet.indexOf(b)));
                assertThat(share.size()).isBetween(size / partitions, size / partitions + 1);
                union.addAll(share);
            }
            Set<String> distinct = new HashSet<>(union);
            assertThat(distinct).as("no meter in two shares (%d meters, %d partitions)", size, partitions)
                    .hasSize(union.size());
            assertThat(distinct).as("every meter in a share").isEqualTo(new HashSet<>(fleet));
        }
    }

    private static LoadSettings partition(int partition, int partitions) {
        return new LoadSettings(1000, 1, null, null, 0, null, (Path) null, partitions, partition, null);
    }
}
