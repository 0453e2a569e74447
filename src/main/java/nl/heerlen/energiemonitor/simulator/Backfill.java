package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Backfill mode: readings for a past period at each meter's reporting interval, published day
 * by day like gateways flushing their buffers, at most {@value #MAX_READINGS_PER_MESSAGE}
 * readings per message and never splitting one moment's channels over two messages.
 */
final class Backfill {

    static final int MAX_READINGS_PER_MESSAGE = 96;

    private final List<SimulatedMeter> meters;
    private final MqttPublisher publisher;

    Backfill(List<SimulatedMeter> meters, MqttPublisher publisher) {
        this.meters = meters;
        this.publisher = publisher;
    }

    /**
     * Publishes every reading from the start of {@code firstDay} to the end of {@code lastDay}
     * (Europe/Amsterdam) that lies before {@code notAfter}; blocks while the broker is away.
     */
    void run(LocalDate firstDay, LocalDate lastDay, Instant notAfter) throws InterruptedException {
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Instant from = day.atStartOfDay(AmsterdamTime.ZONE).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(AmsterdamTime.ZONE).toInstant();
            for (SimulatedMeter meter : meters) {
                publishDay(meter, from, to.isAfter(notAfter) ? notAfter : to);
            }
        }
    }

    private void publishDay(SimulatedMeter meter, Instant from, Instant to) throws InterruptedException {
        long interval = meter.seed().reportingInterval().toSeconds();
        int momentsPerMessage = Math.max(1, MAX_READINGS_PER_MESSAGE / meter.seed().kind().channels().size());
        List<Reading> batch = new ArrayList<>();
        int moments = 0;
        // Interval multiples since the epoch: the same wall-clock grid live mode reports on.
        long first = Math.floorDiv(from.getEpochSecond() + interval - 1, interval) * interval;
        for (long second = first; second < to.getEpochSecond(); second += interval) {
            Instant time = Instant.ofEpochSecond(second);
            if (!meter.isInstalledAt(time)) {
                continue;
            }
            batch.addAll(meter.readingsAt(time));
            if (++moments == momentsPerMessage) {
                send(meter, batch);
                batch = new ArrayList<>();
                moments = 0;
            }
        }
        if (!batch.isEmpty()) {
            send(meter, batch);
        }
    }

    private void send(SimulatedMeter meter, List<Reading> batch) throws InterruptedException {
        byte[] payload = meter.payload(batch);
        while (!publisher.resendUnacknowledged() || !publisher.publish(meter.seed().topic(), payload, batch.size())) {
            publisher.awaitConnection();
        }
    }
}
