package nl.heerlen.energiemonitor.accounting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Recomputation windows [from, to) per channel: widened to whole days where needed and never overlapping. */
final class Windows {
    private Windows() {
    }

    /** Unions overlapping or touching windows of the same channel. */
    static List<DirtyRange> union(List<DirtyRange> windows) {
        Map<String, List<DirtyRange>> byChannel = windows.stream().collect(Collectors.groupingBy(DirtyRange::key));
        List<DirtyRange> result = new ArrayList<>();
        for (List<DirtyRange> group : byChannel.values()) {
            group.sort(Comparator.comparing(DirtyRange::from));
            DirtyRange current = group.get(0);
            for (DirtyRange next : group.subList(1, group.size())) {
                if (next.from().isAfter(current.to())) {
                    result.add(current);
                    current = next;
                } else {
                    current = current.merge(next);
                }
            }
            result.add(current);
        }
        return result;
    }

    /** The Amsterdam days that contain each window, as windows of whole days, unioned per channel. */
    static List<DirtyRange> days(List<DirtyRange> windows) {
        return union(windows.stream().map(w -> new DirtyRange(w.meterId(), w.channel(), Resolution.DAY.floor(w.from()),
                Resolution.DAY.ceil(w.to()))).toList());
    }
}
