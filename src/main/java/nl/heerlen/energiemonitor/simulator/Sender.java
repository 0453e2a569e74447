package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes devices' batches: first announces the meter exchanges that happened since the device's
 * previous batch (so that the registry knows before the new register's readings arrive), then the
 * message, and once more if the device duplicates it.
 */
final class Sender {

    private final MqttPublisher publisher;
    private final ExchangeNotifier notifier;
    /** Per meter: exchanges up to this moment have been announced. */
    private final Map<String, Instant> announcedUntil = new HashMap<>();

    Sender(MqttPublisher publisher, ExchangeNotifier notifier) {
        this.publisher = publisher;
        this.notifier = notifier;
    }

    /** @return false if the broker is unreachable and nothing was sent */
    boolean send(Batch batch) throws InterruptedException {
        FieldDevice device = batch.device();
        announceExchanges(device, batch.last(), batch.first());
        List<Reading> readings = batch.readings();
        byte[] payload = device.payload(readings);
        if (!publisher.publish(device.seed().topic(), payload, readings.size())) {
            return false;
        }
        if (device.sendsTwice(batch.first())) {
            publisher.publish(device.seed().topic(), payload, readings.size());
        }
        return true;
    }

    private void announceExchanges(FieldDevice device, Instant until, Instant first) {
        Instant after = announcedUntil.getOrDefault(device.seed().id(),
                first.minus(device.seed().reportingInterval()));
        if (!until.isAfter(after)) {
            return;
        }
        for (RegisterEvents.Event exchange : device.model().events().exchangesBetween(after, until)) {
            double[] finals = device.model().valuesBefore(exchange);
            List<Channel> channels = device.seed().kind().channels();
            Instant stamped = exchange.at().plusSeconds(device.traits().skewSeconds());
            for (int i = 0; i < channels.size(); i++) {
                if (FieldModel.isRegister(channels.get(i))) {
                    notifier.exchanged(device.seed(), channels.get(i), stamped, finals[i], exchange.startReading());
                }
            }
        }
        announcedUntil.put(device.seed().id(), until);
    }
}
