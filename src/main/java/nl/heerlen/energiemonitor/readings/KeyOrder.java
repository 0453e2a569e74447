package nl.heerlen.energiemonitor.readings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.heerlen.energiemonitor.registry.Channel;

/**
 * The order in which every way in takes the keys of a batch: meter, channel (byte order, as {@code collate "C"}), ts.
 * Two transactions that insert common keys in the same order wait for each other at most, and never deadlock. COPY
 * into {@code reading} in this order also fills the primary key's pages one after the other instead of at random.
 */
final class KeyOrder {
    /** Each channel's place among the channels in the byte order of their names. */
    private static final int[] CHANNEL_RANK = new int[Channel.values().length];

    static {
        Channel[] byName = Channel.values();
        Arrays.sort(byName, Comparator.comparing(Channel::wireName));
        for (int i = 0; i < byName.length; i++) {
            CHANNEL_RANK[byName[i].ordinal()] = i;
        }
    }

    /**
     * Ids and channel names are ASCII: String's order is their byte order. The readings of one meter share its
     * {@code MeterId} (the registry's), so most comparisons never look at the text.
     */
    static final Comparator<Reading> READINGS = (a, b) -> {
        if (a.meterId() != b.meterId()) {
            int byMeter = a.meterId().value().compareTo(b.meterId().value());
            if (byMeter != 0) {
                return byMeter;
            }
        }
        if (a.channel() != b.channel()) {
            return Integer.compare(CHANNEL_RANK[a.channel().ordinal()], CHANNEL_RANK[b.channel().ordinal()]);
        }
        return a.ts().compareTo(b.ts());
    };

    /** The same order in SQL, for {@code order by} over (meter_id, channel, ts). */
    static final String SQL = "meter_id collate \"C\", channel collate \"C\", ts";

    private KeyOrder() {
    }

    /** A sorted copy; stable, so the first of a key stays first. */
    static List<Reading> sorted(List<Reading> readings) {
        List<Reading> sorted = new ArrayList<>(readings);
        sorted.sort(READINGS);
        return sorted;
    }
}
