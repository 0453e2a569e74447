package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live mode: on every tick, each meter whose reporting interval has elapsed publishes one
 * message with all its channels at the current time. Due times are aligned to wall-clock
 * multiples of the interval (:00, :05, ...) as real loggers do; the first tick publishes all.
 */
final class LiveTicker {

    private static final Logger log = LoggerFactory.getLogger(LiveTicker.class);

    private final List<SimulatedMeter> meters;
    private final MqttPublisher publisher;
    private final Map<String, Instant> nextDue = new HashMap<>();
    private boolean brokerLost;

    LiveTicker(List<SimulatedMeter> meters, MqttPublisher publisher) {
        this.meters = meters;
        this.publisher = publisher;
    }

    void tick(Instant now) throws InterruptedException {
        if (!publisher.resendUnacknowledged()) {
            noteBroker(false);
            return;
        }
        for (SimulatedMeter meter : meters) {
            if (!meter.isInstalledAt(now) || now.isBefore(nextDue.getOrDefault(meter.seed().id(), Instant.MIN))) {
                continue;
            }
            List<Reading> readings = meter.readingsAt(now);
            if (!publisher.publish(meter.seed().topic(), meter.payload(readings), readings.size())) {
                // Like a device without a buffer, readings taken while offline are lost.
                noteBroker(false);
                return;
            }
            noteBroker(true);
            nextDue.put(meter.seed().id(), nextBoundary(now, meter.seed().reportingInterval().toSeconds()));
        }
    }

    private static Instant nextBoundary(Instant now, long intervalSeconds) {
        return Instant.ofEpochSecond((Math.floorDiv(now.getEpochSecond(), intervalSeconds) + 1) * intervalSeconds);
    }

    /** Logs once per outage rather than once per meter per tick. */
    private void noteBroker(boolean reachable) {
        if (brokerLost == reachable) {
            brokerLost = !reachable;
            if (reachable) {
                log.info("Simulator publishing again");
            } else {
                log.warn("Simulator lost the MQTT broker; readings are skipped until Paho reconnects");
            }
        }
    }
}
