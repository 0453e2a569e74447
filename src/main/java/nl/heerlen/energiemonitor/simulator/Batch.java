package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One message a device sends: the readings of some moments, never splitting a moment's channels.
 *
 * @param sendAt when it leaves the device: the moment itself, or a gateway's upload time
 */
record Batch(FieldDevice device, List<Instant> moments, Instant sendAt) {

    /** At most this many readings per message, like a gateway's upload chunks. */
    static final int MAX_READINGS = 96;

    /** Live: what leaves the device in [from, to): each moment as recorded, or a gateway's uploads. */
    static List<Batch> live(FieldDevice device, Instant from, Instant to) {
        List<Batch> batches = new ArrayList<>();
        if (!device.traits().gateway()) {
            device.moments(from, to).forEach(moment -> batches.add(new Batch(device, List.of(moment), moment)));
            return batches;
        }
        forEachUpload(device, from, to, upload -> batches.addAll(
                chunks(device, device.moments(upload.minusSeconds(device.traits().uploadPeriodSeconds()), upload), upload)));
        return batches;
    }

    /**
     * Backfill: the moments of [from, to) before {@code notAfter} as fast as the broker takes them, in
     * full messages; a gateway's as it uploaded them, none recorded before {@code notBefore}.
     */
    static List<Batch> backfill(FieldDevice device, Instant from, Instant to, Instant notBefore, Instant notAfter) {
        Instant end = to.isAfter(notAfter) ? notAfter : to;
        if (!device.traits().gateway()) {
            return chunks(device, device.moments(from, end), end);
        }
        List<Batch> batches = new ArrayList<>();
        forEachUpload(device, from, end, upload -> {
            Instant since = upload.minusSeconds(device.traits().uploadPeriodSeconds());
            batches.addAll(chunks(device, device.moments(since.isBefore(notBefore) ? notBefore : since, upload), upload));
        });
        return batches;
    }

    private static void forEachUpload(FieldDevice device, Instant from, Instant to, java.util.function.Consumer<Instant> action) {
        long period = device.traits().uploadPeriodSeconds();
        for (long upload = device.traits().uploadAfter(from.getEpochSecond() - 1); upload < to.getEpochSecond();
             upload += period) {
            action.accept(Instant.ofEpochSecond(upload));
        }
    }

    private static List<Batch> chunks(FieldDevice device, List<Instant> moments, Instant sendAt) {
        int perMessage = Math.max(1, MAX_READINGS / device.seed().kind().channels().size());
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < moments.size(); start += perMessage) {
            batches.add(new Batch(device, List.copyOf(moments.subList(start, Math.min(moments.size(), start + perMessage))),
                    sendAt));
        }
        return batches;
    }

    List<Reading> readings() {
        List<Reading> readings = new ArrayList<>();
        moments.forEach(moment -> readings.addAll(device.readingsAt(moment)));
        return readings;
    }

    Instant first() {
        return moments.get(0);
    }

    Instant last() {
        return moments.get(moments.size() - 1);
    }
}
