package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The physics of a meter as its registers show it after resets, exchanges and breakdowns: after
 * a reset or exchange a register reads what it counted since then plus the new start reading;
 * while broken, a PV device shows no power and its register stands still at the value it had.
 */
final class FieldModel implements MeterModel {

    private final MeterModel physics;
    private final RegisterEvents events;
    /** Register values (by channel position) on the old register just before each event, once computed. */
    private final Map<Instant, double[]> valuesBefore = new HashMap<>();
    private final Map<Instant, double[]> physicsAt = new HashMap<>();

    FieldModel(MeterModel physics, RegisterEvents events) {
        this.physics = physics;
        this.events = events;
    }

    @Override
    public List<Reading> readingsAt(Instant time) {
        List<Reading> raw = physics.readingsAt(time);
        RegisterEvents.Event event = events.lastAtOrBefore(time);
        if (event == null) {
            return raw;
        }
        List<Reading> shown = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Reading reading = raw.get(i);
            shown.add(new Reading(time, reading.channel(), shown(reading, i, event)));
        }
        return shown;
    }

    /** The resets, exchanges and breakdowns of the device. */
    RegisterEvents events() {
        return events;
    }

    /** What the old register of each channel showed when the event happened (its final reading). */
    double[] valuesBefore(RegisterEvents.Event event) {
        double[] known = valuesBefore.get(event.at());
        if (known != null) {
            return known;
        }
        double[] raw = physicsAt(event.at());
        RegisterEvents.Event previous = events.lastBefore(event.at());
        double[] values = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = previous == null ? raw[i] : register(raw[i], i, previous);
        }
        valuesBefore.put(event.at(), values);
        return values;
    }

    private double shown(Reading reading, int position, RegisterEvents.Event event) {
        if (isRegister(reading.channel())) {
            return register(reading.value(), position, event);
        }
        boolean broken = event.type() == RegisterEvents.Type.BREAKDOWN;
        return broken && reading.channel() == Channel.PV_POWER ? 0 : reading.value();
    }

    /** A register's value given its physics value now and the last event. */
    private double register(double physicsNow, int position, RegisterEvents.Event event) {
        if (event.type() == RegisterEvents.Type.BREAKDOWN) {
            return valuesBefore(event)[position];
        }
        return physicsNow - physicsAt(event.at())[position] + event.startReading();
    }

    private double[] physicsAt(Instant time) {
        return physicsAt.computeIfAbsent(time, at -> physics.readingsAt(at).stream().mapToDouble(Reading::value).toArray());
    }

    static boolean isRegister(Channel channel) {
        return channel.quantity() == Quantity.ENERGY || channel.quantity() == Quantity.VOLUME;
    }
}
