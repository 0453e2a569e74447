package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One simulated device: what the seeds say about it, the units it reports in and its physics.
 * Not thread-safe (registers cache the current day); the simulator uses it from its own thread only.
 */
record SimulatedMeter(MeterSeed seed, MeterUnits units, MeterModel model) {

    /** Builds the whole fleet on one shared weather, so every meter sees the same sunny day. */
    static List<SimulatedMeter> fleet(List<MeterSeed> seeds, long randomSeed) {
        Weather weather = new Weather(randomSeed);
        SeededNoise fleetNoise = new SeededNoise(randomSeed);
        return seeds.stream()
                .map(seed -> new SimulatedMeter(seed, MeterUnits.forMeter(seed),
                        MeterModels.create(seed, weather, fleetNoise.derive(seed.id()))))
                .toList();
    }

    /** The device's readings at the moment, stamped to the second like a real logger. */
    List<Reading> readingsAt(Instant time) {
        return model.readingsAt(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Devices stay silent before the day they were installed. */
    boolean isInstalledAt(Instant time) {
        return !time.isBefore(seed.commissionedOn().atStartOfDay(AmsterdamTime.ZONE).toInstant());
    }

    byte[] payload(List<Reading> readings) {
        return ReadingPayload.encode(readings, units);
    }
}
