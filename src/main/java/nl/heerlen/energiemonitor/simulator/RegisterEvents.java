package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.List;

/**
 * What happens to a device's registers over its life, drawn per 30-day slot from its noise (at
 * most one incident per slot, none in its first): a reset to zero, an exchange for a new meter, or
 * for PV a breakdown (no output, frozen register) that ends with a replacement, i.e. an exchange.
 */
final class RegisterEvents {

    enum Type { RESET, EXCHANGE, BREAKDOWN }

    /**
     * @param startReading what the new register reads at {@code at} (canonical unit): 0 after a reset, a few units
     *                     of factory testing on a new meter; unused for a breakdown
     */
    record Event(Type type, Instant at, double startReading) {

        boolean isExchange() {
            return type == Type.EXCHANGE;
        }
    }

    static final long SLOT_SECONDS = 30 * 86_400L;
    private static final long DAY = 86_400L;

    private final SeededNoise noise;
    private final double resetChance;
    private final double exchangeChance;
    private final double breakdownChance;
    private final long firstSlot;
    private long cachedSlot = Long.MIN_VALUE;
    private Event cachedBeforeSlot;

    RegisterEvents(SeededNoise noise, FieldBehaviour field, MeterSeed meter) {
        double perSlot = field.enabled() ? SLOT_SECONDS / (365.25 * DAY) : 0;
        boolean pv = meter.kind() == MeterKind.PV_INVERTER || meter.kind() == MeterKind.PV_OPTIMIZER;
        this.noise = noise;
        this.resetChance = field.resetsPerMeterYear() * perSlot;
        this.exchangeChance = field.exchangesPerMeterYear() * perSlot;
        this.breakdownChance = pv ? field.breakdownsPerPvYear() * perSlot : 0;
        this.firstSlot = slot(AmsterdamTime.startOf(meter.commissionedOn()).getEpochSecond()) + 1;
    }

    /** The events of one slot in time order: none, one, or a breakdown and its repair. */
    List<Event> inSlot(long slot) {
        if (slot < firstSlot) {
            return List.of();
        }
        double draw = noise.uniform(31, slot);
        double position = noise.uniform(32, slot);
        double startReading = Math.round(noise.uniform(33, slot) * 2000) / 1000.0;
        long start = slot * SLOT_SECONDS;
        if (draw < resetChance) {
            return List.of(new Event(Type.RESET, minute(start + (long) (position * SLOT_SECONDS)), 0));
        }
        if (draw < resetChance + exchangeChance) {
            return List.of(new Event(Type.EXCHANGE, minute(start + (long) (position * SLOT_SECONDS)), startReading));
        }
        if (draw < resetChance + exchangeChance + breakdownChance) {
            long length = 3 * DAY + (long) (noise.uniform(34, slot) * 25 * DAY);
            Instant broken = minute(start + (long) (position * (SLOT_SECONDS - length)));
            return List.of(new Event(Type.BREAKDOWN, broken, 0),
                    new Event(Type.EXCHANGE, broken.plusSeconds(length), startReading));
        }
        return List.of();
    }

    /** The last event at or before the moment, or null. */
    Event lastAtOrBefore(Instant time) {
        long slot = slot(time.getEpochSecond());
        List<Event> events = inSlot(slot);
        for (int i = events.size() - 1; i >= 0; i--) {
            if (!events.get(i).at().isAfter(time)) {
                return events.get(i);
            }
        }
        return beforeSlot(slot);
    }

    /** The last event strictly before the moment, or null. */
    Event lastBefore(Instant time) {
        return lastAtOrBefore(time.minusSeconds(1));
    }

    /** The exchanges (also the replacements ending a breakdown) after one moment, up to and including another. */
    List<Event> exchangesBetween(Instant after, Instant until) {
        List<Event> exchanges = new java.util.ArrayList<>();
        for (long slot = slot(after.getEpochSecond()); slot <= slot(until.getEpochSecond()); slot++) {
            for (Event event : inSlot(slot)) {
                if (event.isExchange() && event.at().isAfter(after) && !event.at().isAfter(until)) {
                    exchanges.add(event);
                }
            }
        }
        return exchanges;
    }

    static long slot(long epochSecond) {
        return Math.floorDiv(epochSecond, SLOT_SECONDS);
    }

    /** The last event before the slot starts; remembered, as successive readings ask about the same slot. */
    private Event beforeSlot(long slot) {
        if (slot != cachedSlot) {
            Event found = null;
            for (long earlier = slot - 1; earlier >= firstSlot && found == null; earlier--) {
                List<Event> events = inSlot(earlier);
                found = events.isEmpty() ? null : events.get(events.size() - 1);
            }
            cachedSlot = slot;
            cachedBeforeSlot = found;
        }
        return cachedBeforeSlot;
    }

    private static Instant minute(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond - Math.floorMod(epochSecond, 60L));
    }
}
