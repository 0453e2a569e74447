package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Backfill mode: the devices' readings for a past period, published day by day as fast as the
 * broker takes them: a direct device's day in messages of up to {@value Batch#MAX_READINGS}
 * readings, a gateway's uploads as it made them. Blocks while the broker is away.
 */
final class Backfill {

    private final List<FieldDevice> devices;
    private final MqttPublisher publisher;
    private final Sender sender;

    Backfill(List<FieldDevice> devices, MqttPublisher publisher, Sender sender) {
        this.devices = devices;
        this.publisher = publisher;
        this.sender = sender;
    }

    /**
     * Publishes every reading from the start of {@code firstDay} to the end of {@code lastDay}
     * (Europe/Amsterdam) that lies before {@code notAfter}.
     */
    void run(LocalDate firstDay, LocalDate lastDay, Instant notAfter) throws InterruptedException {
        Instant start = AmsterdamTime.startOf(firstDay);
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Instant from = AmsterdamTime.startOf(day);
            Instant to = AmsterdamTime.startOf(day.plusDays(1));
            for (FieldDevice device : devices) {
                for (Batch batch : Batch.backfill(device, from, to, start, notAfter)) {
                    send(batch);
                }
            }
        }
    }

    private void send(Batch batch) throws InterruptedException {
        while (!publisher.resendUnacknowledged() || !sender.send(batch)) {
            publisher.awaitConnection();
        }
    }
}
