package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/** Register resets, meter exchanges and broken PV devices, on the demo fleet with high rates. */
class RegisterEventsTests {

    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void aBrokenPvDeviceShowsNoPowerInSunshineAndAStandingRegisterUntilItIsReplaced() {
        FieldDevice pv = device(0, "breakdowns-per-pv-year", "12", "resets-per-meter-year", "0",
                "exchanges-per-meter-year", "0");
        SimulatedMeter healthy = SimulatedMeter.fleet(List.of(pv.seed()), 2018).get(0);
        RegisterEvents.Event breakdown = events(pv).stream().filter(e -> e.type() == RegisterEvents.Type.BREAKDOWN)
                .filter(e -> e.at().isAfter(Instant.parse("2024-05-01T00:00:00Z"))).findFirst().orElseThrow();
        RegisterEvents.Event repair = pv.model().events().lastAtOrBefore(breakdown.at().plus(Duration.ofDays(28)));
        assertThat(repair.type()).isEqualTo(RegisterEvents.Type.EXCHANGE);

        Instant sunny = sunnyNoonBetween(healthy, breakdown.at(), repair.at());
        List<Reading> broken = pv.model().readingsAt(sunny);
        assertThat(healthy.readingsAt(sunny).get(1).value()).as("the same device, healthy").isGreaterThan(10_000);
        assertThat(broken.get(1).value()).as("power").isZero();
        double frozen = pv.model().readingsAt(breakdown.at()).get(0).value();
        assertThat(broken.get(0).value()).as("energy register").isEqualTo(frozen);
        assertThat(frozen).isEqualTo(pv.model().valuesBefore(breakdown)[0]);

        assertThat(pv.model().valuesBefore(repair)[0]).as("final reading of the broken meter").isEqualTo(frozen);
        assertThat(pv.model().readingsAt(repair.at()).get(0).value()).isEqualTo(repair.startReading());
        assertThat(pv.model().readingsAt(repair.at().plus(Duration.ofDays(2))).get(0).value())
                .isGreaterThan(repair.startReading());
    }

    @Test
    void aResetRestartsEveryRegisterAtZeroAndItCountsOnFromThere() {
        FieldDevice heat = device(10, "resets-per-meter-year", "12", "exchanges-per-meter-year", "0",
                "breakdowns-per-pv-year", "0");
        RegisterEvents.Event reset = events(heat).get(0);
        assertThat(reset.type()).isEqualTo(RegisterEvents.Type.RESET);

        List<Reading> before = heat.model().readingsAt(reset.at().minusSeconds(60));
        List<Reading> at = heat.model().readingsAt(reset.at());
        List<Reading> later = heat.model().readingsAt(reset.at().plus(Duration.ofHours(6)));
        for (int i = 0; i < at.size(); i++) {
            if (FieldModel.isRegister(at.get(i).channel())) {
                assertThat(before.get(i).value()).isPositive();
                assertThat(at.get(i).value()).as(at.get(i).channel().name()).isZero();
                assertThat(later.get(i).value()).isGreaterThanOrEqualTo(0).isLessThan(before.get(i).value());
            } else {
                assertThat(at.get(i).value()).as("temperatures go on").isPositive();
            }
        }
    }

    @Test
    void anExchangeContinuesFromTheNewMetersStartReadingAndItsFinalReadingIsTheOldRegister() {
        FieldDevice heat = device(11, "resets-per-meter-year", "0", "exchanges-per-meter-year", "12",
                "breakdowns-per-pv-year", "0");
        RegisterEvents.Event second = events(heat).get(1);
        Instant justBefore = second.at().minusSeconds(1);

        double[] finals = heat.model().valuesBefore(second);
        List<Reading> old = heat.model().readingsAt(justBefore);
        List<Reading> fresh = heat.model().readingsAt(second.at());
        assertThat(finals[0]).isCloseTo(old.get(0).value(), within(0.1));
        assertThat(fresh.get(0).value()).isEqualTo(second.startReading());
        assertThat(second.startReading()).isBetween(0.0, 2.0);
        assertThat(heat.model().events().exchangesBetween(FROM, TO)).hasSize(events(heat).size());
    }

    @Test
    void eventsAreAPureFunctionOfTimeWhateverWasAskedBefore() {
        FieldDevice one = device(4, "resets-per-meter-year", "4", "exchanges-per-meter-year", "4",
                "breakdowns-per-pv-year", "4");
        FieldDevice other = device(4, "resets-per-meter-year", "4", "exchanges-per-meter-year", "4",
                "breakdowns-per-pv-year", "4");
        List<Instant> times = new ArrayList<>();
        for (Instant time = FROM; time.isBefore(TO); time = time.plus(Duration.ofHours(37))) {
            times.add(time);
        }
        List<List<Reading>> forward = times.stream().map(time -> one.model().readingsAt(time)).toList();
        List<List<Reading>> backward = new ArrayList<>();
        for (int i = times.size() - 1; i >= 0; i--) {
            backward.add(0, other.model().readingsAt(times.get(i)));
        }
        assertThat(backward).isEqualTo(forward);
        assertThat(events(one)).extracting(RegisterEvents.Event::type).contains(RegisterEvents.Type.values());
    }

    @Test
    void withTheBehaviourOffThereAreNoEvents() {
        FieldDevice perfect = FieldDevice.fleet(FieldDeviceTests.DEMO, new FleetPhysics(2018), FieldBehaviour.OFF).get(0);

        assertThat(events(perfect)).isEmpty();
    }

    private static FieldDevice device(int index, String... settings) {
        return FieldDeviceTests.devices(FieldDeviceTests.field(settings), 2018).get(index);
    }

    private static List<RegisterEvents.Event> events(FieldDevice device) {
        List<RegisterEvents.Event> events = new ArrayList<>();
        for (long slot = RegisterEvents.slot(FROM.getEpochSecond()); slot < RegisterEvents.slot(TO.getEpochSecond()); slot++) {
            events.addAll(device.model().events().inSlot(slot));
        }
        return events;
    }

    /** A moment of strong sun (10:00 to 13:00 UTC) in the period, as the healthy twin measures it. */
    private static Instant sunnyNoonBetween(SimulatedMeter healthy, Instant from, Instant to) {
        Instant best = null;
        double bestPower = 0;
        for (Instant time = from.plus(Duration.ofHours(1)); time.isBefore(to); time = time.plus(Duration.ofMinutes(30))) {
            double power = healthy.readingsAt(time).get(1).value();
            if (power > bestPower) {
                best = time;
                bestPower = power;
            }
        }
        return Objects.requireNonNull(best, "no daylight in the breakdown");
    }
}
