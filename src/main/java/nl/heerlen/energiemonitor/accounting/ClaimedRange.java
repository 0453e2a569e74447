package nl.heerlen.energiemonitor.accounting;

import java.util.ArrayList;
import java.util.List;

/**
 * A range to recompute and the {@code accounting_dirty} rows it was merged from, so that a failure can be recorded
 * on exactly those rows.
 */
record ClaimedRange(DirtyRange range, List<Long> ids) {
    ClaimedRange {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a claimed range comes from at least one queued row");
        }
        ids = List.copyOf(ids);
    }

    ClaimedRange merge(ClaimedRange other) {
        List<Long> all = new ArrayList<>(ids);
        all.addAll(other.ids);
        return new ClaimedRange(range.merge(other.range), all);
    }

    static List<DirtyRange> ranges(List<ClaimedRange> claimed) {
        return claimed.stream().map(ClaimedRange::range).toList();
    }

    static int rows(List<ClaimedRange> claimed) {
        return claimed.stream().mapToInt(c -> c.ids().size()).sum();
    }
}
