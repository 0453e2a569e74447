package nl.heerlen.energiemonitor.readings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The (meter, channel, min ts, max ts) of readings in key order, as the accounting's queue takes them: the same rows
 * the store statement derives from the rows it inserted ({@link ReadingStore#storeFrom}), computed here for a batch
 * whose every row was inserted by COPY.
 */
record DirtyRanges(String[] meters, String[] channels, OffsetDateTime[] from, OffsetDateTime[] to) {
    static final String INSERT = """
            insert into accounting_dirty (meter_id, channel, from_ts, to_ts)
            select * from unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[])""";

    /** {@code sorted} in {@link KeyOrder}: one range per run of equal meter and channel. */
    static DirtyRanges of(List<Reading> sorted) {
        List<Reading> firsts = new ArrayList<>();
        List<Instant> lasts = new ArrayList<>();
        Reading first = null;
        Instant last = null;
        for (Reading r : sorted) {
            if (first == null || !first.meterId().equals(r.meterId()) || first.channel() != r.channel()) {
                if (first != null) {
                    firsts.add(first);
                    lasts.add(last);
                }
                first = r;
            }
            last = r.ts();
        }
        if (first != null) {
            firsts.add(first);
            lasts.add(last);
        }
        int n = firsts.size();
        DirtyRanges ranges = new DirtyRanges(new String[n], new String[n], new OffsetDateTime[n], new OffsetDateTime[n]);
        for (int i = 0; i < n; i++) {
            ranges.meters[i] = firsts.get(i).meterId().value();
            ranges.channels[i] = firsts.get(i).channel().wireName();
            ranges.from[i] = firsts.get(i).ts().atOffset(ZoneOffset.UTC);
            ranges.to[i] = lasts.get(i).atOffset(ZoneOffset.UTC);
        }
        return ranges;
    }

    int size() {
        return meters.length;
    }
}
