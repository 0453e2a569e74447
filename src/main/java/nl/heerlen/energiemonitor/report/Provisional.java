package nl.heerlen.energiemonitor.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.heerlen.energiemonitor.shared.TimeRange;

/** Why a report is provisional: the year has not ended, or a group is measured for too small a part of its time. */
final class Provisional {
    private Provisional() {
    }

    static List<String> reasons(int year, TimeRange range, Instant now, DataQuality quality) {
        List<String> reasons = new ArrayList<>();
        if (now.isBefore(range.to())) {
            reasons.add("Het jaar " + year + " is nog niet voorbij.");
        }
        quality.groups().stream().filter(g -> g.coverage() != null && g.coverage() < quality.threshold())
                .forEach(g -> reasons.add("De meters van " + g.label() + " hebben maar " + DutchFormat.percent(g.coverage())
                        + " van de tijd gemeten; de drempel is " + DutchFormat.percent(quality.threshold()) + "."));
        return reasons;
    }
}
