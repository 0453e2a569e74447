package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Gateways, outages, clock skew and duplicates of the field behaviour; no broker needed. */
class FieldDeviceTests {

    static final List<MeterSeed> DEMO = SeedFleet.load(Path.of("seeds"));
    private static final Instant DAY = Instant.parse("2025-06-02T00:00:00Z");

    static FieldBehaviour field(String... settings) {
        Map<String, String> map = new HashMap<>(Map.of("field.enabled", "true"));
        for (int i = 0; i < settings.length; i += 2) {
            map.put("field." + settings[i], settings[i + 1]);
        }
        return SimulatorSettings.bind(map).field();
    }

    static List<FieldDevice> devices(FieldBehaviour field, long seed) {
        return FieldDevice.fleet(DEMO, new FleetPhysics(seed), field);
    }

    @Test
    void aGatewayUploadsItsBufferFourTimesADayInMessagesOfAtMost96Readings() {
        FieldDevice gateway = devices(field("gateway-share", "1"), 2018).get(0);
        List<Batch> batches = new ArrayList<>();
        // As live mode sees it: ten-second ticks over two days.
        for (Instant tick = DAY; tick.isBefore(DAY.plus(Duration.ofDays(2))); tick = tick.plusSeconds(10)) {
            batches.addAll(Batch.live(gateway, tick, tick.plusSeconds(10)));
        }

        Set<Instant> uploads = new TreeSet<>(batches.stream().map(Batch::sendAt).toList());
        assertThat(uploads).hasSize(8);
        List<Instant> times = List.copyOf(uploads);
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isEqualTo(Duration.ofHours(6));
        }
        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch.readings()).hasSizeLessThanOrEqualTo(Batch.MAX_READINGS);
            assertThat(batch.last()).isBefore(batch.sendAt());
            assertThat(batch.first()).isAfterOrEqualTo(batch.sendAt().minus(Duration.ofHours(6)));
        });
        // pv-bernardinus reports every minute: six hours are 360 moments, 720 readings, 8 messages.
        long perUpload = batches.stream().filter(batch -> batch.sendAt().equals(times.get(1)))
                .mapToLong(batch -> batch.moments().size()).sum();
        assertThat(perUpload).isEqualTo(360);
    }

    @Test
    void aDirectDeviceSendsEveryMomentAsItIsRecorded() {
        FieldDevice direct = devices(field("gateway-share", "0", "outages-per-meter-year", "0"), 2018).get(1);

        List<Batch> batches = Batch.live(direct, DAY, DAY.plus(Duration.ofDays(1)));

        assertThat(batches).hasSize(96).allSatisfy(batch -> {
            assertThat(batch.moments()).containsExactly(batch.sendAt());
            assertThat(batch.sendAt().getEpochSecond() % 900).isZero();
        });
    }

    @Test
    void duplicatesAreSentAtAboutTheConfiguredShareAndNotAtAllWhenOff() {
        long twice = 0;
        long all = 0;
        for (FieldDevice device : devices(field("duplicate-share", "0.05"), 2018)) {
            for (Batch batch : Batch.live(device, DAY, DAY.plus(Duration.ofDays(3)))) {
                all++;
                twice += device.sendsTwice(batch.first()) ? 1 : 0;
            }
        }
        assertThat((double) twice / all).isBetween(0.035, 0.065);
        assertThat(devices(FieldBehaviour.OFF, 2018)).allSatisfy(device -> assertThat(device.sendsTwice(DAY)).isFalse());
    }

    @Test
    void clocksAreOffByAFewSecondsEitherWayAndStampEveryReading() {
        List<FieldDevice> devices = devices(field("max-clock-skew", "5s"), 2018);

        assertThat(devices).allSatisfy(device -> assertThat(device.traits().skewSeconds()).isBetween(-5L, 5L));
        assertThat(devices.stream().map(device -> device.traits().skewSeconds()).distinct().count()).isGreaterThan(3);
        for (FieldDevice device : devices) {
            Instant moment = device.moments(DAY, DAY.plus(Duration.ofHours(1))).get(0);
            assertThat(device.readingsAt(moment))
                    .allSatisfy(reading -> assertThat(reading.time()).isEqualTo(moment.plusSeconds(device.traits().skewSeconds())));
        }
    }

    @Test
    void outagesLeaveGapsOfFifteenMinutesToTheMaximumAndNoneWhenOff() {
        FieldDevice daily = devices(field("outages-per-meter-year", "365", "max-outage", "6h"), 2018).get(1);
        List<Instant> moments = daily.moments(DAY, DAY.plus(Duration.ofDays(30)));

        long missing = 30 * 96 - moments.size();
        assertThat(missing).isBetween(15L * 4, 30L * 24 + 24);
        for (int i = 1; i < moments.size(); i++) {
            assertThat(Duration.between(moments.get(i - 1), moments.get(i))).isLessThanOrEqualTo(Duration.ofHours(12));
        }
        FieldDevice perfect = devices(field("outages-per-meter-year", "0"), 2018).get(1);
        assertThat(perfect.moments(DAY, DAY.plus(Duration.ofDays(30)))).hasSize(30 * 96);
    }

    @Test
    void theSameSeedGivesTheSameDevicesAndAnotherSeedOthers() {
        FieldBehaviour field = field("gateway-share", "0.5", "duplicate-share", "0.1");

        List<DeviceTraits> first = devices(field, 2018).stream().map(FieldDevice::traits).toList();

        assertThat(devices(field, 2018).stream().map(FieldDevice::traits).toList()).isEqualTo(first);
        assertThat(devices(field, 7).stream().map(FieldDevice::traits).toList()).isNotEqualTo(first);
    }
}
