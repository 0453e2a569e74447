package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A meter as a device in the field: its physics as its registers show them ({@link FieldModel}),
 * when it is down, how its clock is off and whether a gateway carries its readings. Decides which
 * moments it records and stamps the readings it sends; not thread-safe.
 */
final class FieldDevice {

    private final SimulatedMeter meter;
    private final FieldModel model;
    private final DeviceTraits traits;
    private final DeviceOutages outages;
    private final SeededNoise noise;
    private final double duplicateShare;

    FieldDevice(SimulatedMeter meter, FieldModel model, DeviceTraits traits, DeviceOutages outages, SeededNoise noise,
                double duplicateShare) {
        this.meter = meter;
        this.model = model;
        this.traits = traits;
        this.outages = outages;
        this.noise = noise;
        this.duplicateShare = duplicateShare;
    }

    /** The fleet's devices on one shared physics; with the behaviour off they are perfect devices. */
    static List<FieldDevice> fleet(List<MeterSeed> seeds, FleetPhysics physics, FieldBehaviour field) {
        List<FieldDevice> devices = new ArrayList<>(seeds.size());
        for (MeterSeed seed : seeds) {
            SeededNoise noise = physics.meterNoise(seed).derive("field");
            FieldModel model = new FieldModel(MeterModels.create(seed, physics), new RegisterEvents(noise, field, seed));
            devices.add(new FieldDevice(new SimulatedMeter(seed, MeterUnits.forMeter(seed), model), model,
                    DeviceTraits.of(noise, field), new DeviceOutages(noise, field), noise,
                    field.enabled() ? field.duplicateShare() : 0));
        }
        return devices;
    }

    MeterSeed seed() {
        return meter.seed();
    }

    DeviceTraits traits() {
        return traits;
    }

    FieldModel model() {
        return model;
    }

    /** The moments in [from, to) on the device's reporting grid at which it was installed and up. */
    List<Instant> moments(Instant from, Instant to) {
        long interval = seed().reportingInterval().toSeconds();
        List<Instant> moments = new ArrayList<>();
        // Interval multiples since the epoch: the wall-clock grid (:00, :15, ...) real loggers use.
        long first = Math.floorDiv(from.getEpochSecond() + interval - 1, interval) * interval;
        for (long second = first; second < to.getEpochSecond(); second += interval) {
            Instant moment = Instant.ofEpochSecond(second);
            if (meter.isInstalledAt(moment) && !outages.isDown(moment)) {
                moments.add(moment);
            }
        }
        return moments;
    }

    /** The readings taken at the moment, stamped by the device's clock. */
    List<Reading> readingsAt(Instant moment) {
        List<Reading> readings = meter.readingsAt(moment);
        if (traits.skewSeconds() == 0) {
            return readings;
        }
        return readings.stream()
                .map(reading -> new Reading(reading.time().plusSeconds(traits.skewSeconds()), reading.channel(),
                        reading.value()))
                .toList();
    }

    byte[] payload(List<Reading> readings) {
        return meter.payload(readings);
    }

    /** Whether the message starting with readings taken at the moment goes out twice. */
    boolean sendsTwice(Instant firstMoment) {
        return duplicateShare > 0 && noise.uniform(51, firstMoment.getEpochSecond()) < duplicateShare;
    }
}
