package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SimulatedMeterTests {

    private static final List<MeterSeed> SEEDS = SeedFleet.load(Path.of("seeds"));
    /** Shared because building a fleet integrates years of history; registers are order-independent. */
    private static final List<SimulatedMeter> FLEET = SimulatedMeter.fleet(SEEDS, 2018);
    private static final Instant JANUARY = Instant.parse("2025-01-14T00:00:00Z");

    @Test
    void everyMeterReportsExactlyTheChannelsOfItsKind() {
        for (SimulatedMeter meter : FLEET) {
            List<Channel> channels = meter.readingsAt(JANUARY).stream().map(Reading::channel).toList();

            assertThat(channels).as(meter.seed().id()).isEqualTo(meter.seed().kind().channels());
        }
    }

    @Test
    void registersNeverDecreaseOverThreeDaysAtEachReportingInterval() {
        for (SimulatedMeter meter : FLEET) {
            Map<Channel, Double> previous = new HashMap<>();
            long step = meter.seed().reportingInterval().toSeconds();
            for (long second = 0; second < 3 * 86_400; second += step) {
                for (Reading reading : meter.readingsAt(JANUARY.plusSeconds(second))) {
                    if (isRegister(reading.channel())) {
                        assertThat(reading.value()).as(meter.seed().id() + " " + reading.channel())
                                .isGreaterThanOrEqualTo(previous.getOrDefault(reading.channel(), 0.0));
                        previous.put(reading.channel(), reading.value());
                    }
                }
            }
        }
    }

    @Test
    void sameSeedGivesTheSameReadingsAndAnotherSeedOtherReadings() {
        Instant noon = Instant.parse("2025-05-05T11:40:00Z");

        List<List<Reading>> shared = FLEET.stream().map(meter -> meter.readingsAt(noon)).toList();

        assertThat(readingsOfFleet(2018, noon)).isEqualTo(shared);
        assertThat(readingsOfFleet(7, noon)).isNotEqualTo(shared);
    }

    @Test
    void pvRegistersStartAtYearsOfPlausibleProduction() {
        for (SimulatedMeter meter : FLEET) {
            MeterSeed seed = meter.seed();
            if (seed.capacityKwp() > 0 && seed.kind() != MeterKind.ELECTRICITY_METER) {
                double years = ChronoUnit.DAYS.between(seed.commissionedOn(), LocalDate.of(2025, 1, 14)) / 365.25;
                double kwhPerKwpPerYear = meter.readingsAt(JANUARY).get(0).value() / seed.capacityKwp() / years;

                assertThat(kwhPerKwpPerYear).as(seed.id()).isBetween(600.0, 1100.0);
            }
        }
    }

    @Test
    void deviceIsSilentBeforeItsCommissioningDay() {
        SimulatedMeter bernardinus = FLEET.get(0);

        assertThat(bernardinus.isInstalledAt(Instant.parse("2019-03-31T21:59:59Z"))).isFalse();
        assertThat(bernardinus.isInstalledAt(Instant.parse("2019-03-31T22:00:00Z"))).isTrue();
    }

    private static List<List<Reading>> readingsOfFleet(long randomSeed, Instant time) {
        return SimulatedMeter.fleet(SEEDS, randomSeed).stream().map(meter -> meter.readingsAt(time)).toList();
    }

    private static boolean isRegister(Channel channel) {
        return channel.quantity() == Quantity.ENERGY || channel.quantity() == Quantity.VOLUME;
    }
}
