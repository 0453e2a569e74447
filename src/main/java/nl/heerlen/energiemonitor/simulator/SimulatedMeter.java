package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One simulated device: what the seeds say about it, the units it reports in and its physics.
 * Not thread-safe (registers cache the current day); the simulator uses it from its own thread only.
 */
record SimulatedMeter(MeterSeed seed, MeterUnits units, MeterModel model) {

    /** Builds the whole fleet on one shared physics, so every meter sees the same sunny day. */
    static List<SimulatedMeter> fleet(List<MeterSeed> seeds, long randomSeed) {
        return fleet(seeds, new FleetPhysics(randomSeed));
    }

    static List<SimulatedMeter> fleet(List<MeterSeed> seeds, FleetPhysics physics) {
        return seeds.stream()
                .map(seed -> new SimulatedMeter(seed, MeterUnits.forMeter(seed), MeterModels.create(seed, physics)))
                .toList();
    }

    /** The device's readings at the moment, stamped to the second like a real logger. */
    List<Reading> readingsAt(Instant time) {
        return model.readingsAt(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Devices stay silent before the day they were installed and from the day they were removed. */
    boolean isInstalledAt(Instant time) {
        return seed.isInstalledAt(time);
    }

    byte[] payload(List<Reading> readings) {
        return ReadingPayload.encode(readings, units);
    }
}
