package nl.heerlen.energiemonitor.readings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which every way in takes the keys of a batch: meter, channel (byte order, as {@code collate "C"}), ts.
 * Two transactions that insert common keys in the same order wait for each other at most, and never deadlock.
 */
final class KeyOrder {
    /** Ids and channel names are ASCII: String's order is their byte order. Stable: the first of a key stays first. */
    static final Comparator<Reading> READINGS = Comparator.comparing((Reading r) -> r.meterId().value())
            .thenComparing(r -> r.channel().wireName())
            .thenComparing(Reading::ts);

    /** The same order in SQL, for {@code order by} over (meter_id, channel, ts). */
    static final String SQL = "meter_id collate \"C\", channel collate \"C\", ts";

    private KeyOrder() {
    }

    static List<Reading> sorted(List<Reading> readings) {
        List<Reading> sorted = new ArrayList<>(readings);
        sorted.sort(READINGS);
        return sorted;
    }
}
