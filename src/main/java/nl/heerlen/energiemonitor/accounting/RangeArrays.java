package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Ranges of many channels as parallel arrays, bound for {@code unnest(:m, :c, :f, :t) with ordinality}. */
record RangeArrays(String[] meters, String[] channels, OffsetDateTime[] from, OffsetDateTime[] to) {
    static final String UNNEST = "unnest(:m::text[], :c::text[], :f::timestamptz[], :t::timestamptz[]) with ordinality as r(m, c, f, t, i)";

    interface Bounds {
        Instant from(int index);

        Instant to(int index);
    }

    static RangeArrays of(List<DirtyRange> ranges, Bounds bounds) {
        int n = ranges.size();
        RangeArrays a = new RangeArrays(new String[n], new String[n], new OffsetDateTime[n], new OffsetDateTime[n]);
        for (int i = 0; i < n; i++) {
            a.meters[i] = ranges.get(i).meterId();
            a.channels[i] = ranges.get(i).channel();
            a.from[i] = bounds.from(i).atOffset(ZoneOffset.UTC);
            a.to[i] = bounds.to(i).atOffset(ZoneOffset.UTC);
        }
        return a;
    }

    GenericExecuteSpec bind(GenericExecuteSpec spec) {
        return spec.bind("m", meters).bind("c", channels).bind("f", from).bind("t", to);
    }
}
