package nl.heerlen.energiemonitor.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live mode: on every tick, whatever left the devices since the previous tick is published: a
 * direct device's readings at each moment of its reporting grid (:00, :15, ...), a gateway's
 * buffer at its upload times. The first tick sends each direct device's latest moment at once.
 * A tick cut short by a lost broker is repeated from where the last complete one ended (up to a
 * day back): devices keep what they could not send, and resending what went out is harmless.
 */
final class LiveTicker {

    private static final Logger log = LoggerFactory.getLogger(LiveTicker.class);
    private static final Duration MAX_CATCH_UP = Duration.ofDays(1);

    private final List<FieldDevice> devices;
    private final MqttPublisher publisher;
    private final Sender sender;
    private Instant completedUntil;
    private boolean brokerLost;

    LiveTicker(List<FieldDevice> devices, MqttPublisher publisher, Sender sender) {
        this.devices = devices;
        this.publisher = publisher;
        this.sender = sender;
    }

    void tick(Instant now) throws InterruptedException {
        if (!publisher.resendUnacknowledged()) {
            noteBroker(false);
            return;
        }
        for (FieldDevice device : devices) {
            for (Batch batch : Batch.live(device, windowStart(device, now), now)) {
                if (!sender.send(batch)) {
                    noteBroker(false);
                    return;
                }
                noteBroker(true);
            }
        }
        completedUntil = now;
    }

    private Instant windowStart(FieldDevice device, Instant now) {
        if (completedUntil == null) {
            return now.minus(device.seed().reportingInterval());
        }
        Instant earliest = now.minus(MAX_CATCH_UP);
        return completedUntil.isBefore(earliest) ? earliest : completedUntil;
    }

    /** Logs once per outage rather than once per meter per tick. */
    private void noteBroker(boolean reachable) {
        if (brokerLost == reachable) {
            brokerLost = !reachable;
            if (reachable) {
                log.info("Simulator publishing again");
            } else {
                log.warn("Simulator lost the MQTT broker; devices keep their readings until Paho reconnects");
            }
        }
    }
}
