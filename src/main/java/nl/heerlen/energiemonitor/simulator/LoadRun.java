package nl.heerlen.energiemonitor.simulator;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load mode: the fleet's meters take turns, each message carrying the next readings of one meter
 * (its readings follow at its reporting interval from the configured day, so no two are alike), at
 * a fixed message rate. Falling more than a second behind (the broker's window is full) drops the
 * backlog rather than bursting; the report shows the rate achieved. With several partitions, the run
 * takes only its share of the fleet ({@link LoadSettings#shareOf}), so that simulators running side by
 * side never publish the same reading.
 */
final class LoadRun {

    private static final Logger log = LoggerFactory.getLogger(LoadRun.class);
    private static final long MAX_DEBT_NANOS = 1_000_000_000L;

    private final List<SimulatedMeter> meters;
    private final MqttPublisher publisher;
    private final LoadSettings settings;
    private final PublishedCounts counts;
    private final LoadCsv csv;
    private final List<ArrayDeque<Reading>> pending = new ArrayList<>();
    private final long[] nextMoment;
    /** Readings stop here: the service refuses timestamps in the future. */
    private final long present = Instant.now().getEpochSecond();
    private int turn;
    private Instant lastTs = Instant.EPOCH;

    LoadRun(List<SimulatedMeter> fleet, MqttPublisher publisher, LoadSettings settings, PublishedCounts counts,
            LoadCsv csv) {
        Instant from = AmsterdamTime.startOf(settings.from());
        this.meters = settings.shareOf(fleet).stream().filter(meter -> meter.isInstalledAt(from)).toList();
        if (meters.isEmpty()) {
            throw new IllegalArgumentException("no meter of partition " + settings.partition() + " of "
                    + settings.partitions() + " of the seeds is installed on " + settings.from());
        }
        this.publisher = publisher;
        this.settings = settings;
        this.counts = counts;
        this.csv = csv;
        this.nextMoment = new long[meters.size()];
        for (int i = 0; i < meters.size(); i++) {
            long interval = meters.get(i).seed().reportingInterval().toSeconds();
            nextMoment[i] = Math.floorDiv(from.getEpochSecond() + interval - 1, interval) * interval;
            pending.add(new ArrayDeque<>());
        }
    }

    /** Integrates every register up to the first moment, so that the timed part measures publishing only. */
    void prepare() {
        log.info("Simulator load: preparing the registers of the {} meters of partition {} of {} installed on {}",
                meters.size(), settings.partition(), settings.partitions(), settings.from());
        for (int i = 0; i < meters.size(); i++) {
            meters.get(i).readingsAt(Instant.ofEpochSecond(nextMoment[i]));
        }
    }

    LoadReport run() throws InterruptedException {
        awaitStartFile();
        long nanosPerMessage = Math.max(1, Math.round(1e9 / settings.messagesPerSecond()));
        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        long schedule = start;
        long sent = 0;
        long limit = settings.maxMessages() > 0 ? settings.maxMessages() : Long.MAX_VALUE;
        for (long now = start; now < deadline && sent < limit; now = System.nanoTime()) {
            if (now < schedule) {
                LockSupport.parkNanos(schedule - now);
                continue;
            }
            if (now - schedule > MAX_DEBT_NANOS) {
                schedule = now;
            }
            if (!publishNext()) {
                log.warn("Simulator load: every meter's readings reached the present after {} messages; use more "
                        + "meters (seeds/heerlen), an earlier load.from or fewer messages", sent);
                break;
            }
            sent++;
            schedule += nanosPerMessage;
        }
        if (!publisher.flush(Duration.ofMinutes(1))) {
            log.warn("Simulator load: some messages still unacknowledged after a minute");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new LoadReport(settings, meters.size(), sent, counts.messages(), counts.readings(), counts.checksum(),
                elapsed, lastTs);
    }

    private void awaitStartFile() throws InterruptedException {
        if (settings.startFile() == null) {
            return;
        }
        // The benchmark script waits for this line from every simulator, then creates the file.
        log.info("Simulator load: ready, waiting for start file {}", settings.startFile());
        while (!Files.exists(settings.startFile())) {
            Thread.sleep(20);
        }
    }

    /** Publishes the next message of the next meter in turn that still has readings before the present. */
    private boolean publishNext() throws InterruptedException {
        for (int tries = 0; tries < meters.size(); tries++) {
            int index = turn;
            turn = (turn + 1) % meters.size();
            if (publish(index)) {
                return true;
            }
        }
        return false;
    }

    private boolean publish(int index) throws InterruptedException {
        SimulatedMeter meter = meters.get(index);
        List<Reading> readings = new ArrayList<>(settings.readingsPerMessage());
        long checksum = 0;
        for (Reading reading = next(index); reading != null; reading = next(index)) {
            readings.add(reading);
            checksum += ReadingChecksum.of(meter.seed().id(), reading.channel(), reading.time());
            lastTs = reading.time().isAfter(lastTs) ? reading.time() : lastTs;
            if (readings.size() == settings.readingsPerMessage()) {
                break;
            }
        }
        if (readings.isEmpty()) {
            return false;
        }
        csv.write(meter.seed().id(), readings);
        byte[] payload = meter.payload(readings);
        while (!publisher.resendUnacknowledged()
                || !publisher.publish(meter.seed().topic(), payload, readings.size(), checksum)) {
            publisher.awaitConnection();
        }
        return true;
    }

    /** The meter's next reading, or null once its readings would lie after the start of the run. */
    private Reading next(int index) {
        ArrayDeque<Reading> queue = pending.get(index);
        if (queue.isEmpty()) {
            if (nextMoment[index] > present) {
                return null;
            }
            Instant moment = Instant.ofEpochSecond(nextMoment[index]);
            queue.addAll(meters.get(index).readingsAt(moment));
            nextMoment[index] += meters.get(index).seed().reportingInterval().toSeconds();
        }
        return queue.poll();
    }
}
