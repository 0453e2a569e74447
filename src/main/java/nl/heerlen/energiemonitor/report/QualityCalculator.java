package nl.heerlen.energiemonitor.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.heerlen.energiemonitor.privacy.PrivacyProperties;
import nl.heerlen.energiemonitor.registry.Meter;

/** The data-quality annex: coverage and estimated share per installation group, and the meters with gaps. */
final class QualityCalculator {
    private QualityCalculator() {
    }

    /** A group whose year holds data of at least one but fewer than N homes shows no coverage (privacy). */
    static DataQuality of(Fleet fleet, double threshold, PrivacyProperties privacy) {
        List<DataQuality.GroupQuality> groups = new ArrayList<>();
        List<DataQuality.MeterGap> gaps = new ArrayList<>();
        double yearSeconds = fleet.range().duration().toSeconds();
        for (InstallationGroup group : InstallationGroup.values()) {
            double service = 0;
            double measured = 0;
            double estimated = 0;
            List<Meter> meters = fleet.in(group).stream().filter(m -> m.kind().hasChannel(group.channel)).toList();
            for (Meter meter : meters) {
                double seconds = Duration.between(fleet.serviceStart(meter), fleet.serviceEnd(meter)).toSeconds();
                var energy = fleet.energy(group.channel, meter);
                double m = energy.map(e -> e.coverage() * yearSeconds).orElse(0.0);
                double e = energy.map(x -> x.estimatedShare() * yearSeconds).orElse(0.0);
                service += seconds;
                measured += m;
                estimated += e;
                double coverage = seconds > 0 ? Math.min(1, m / seconds) : 1;
                // A single home's gaps say when its residents were away: listed for non-household meters only.
                if (coverage < threshold && !fleet.isHousehold(meter)) {
                    gaps.add(new DataQuality.MeterGap(meter.id().value(), group.wireName(), coverage,
                            seconds > 0 ? Math.min(1, e / seconds) : 0));
                }
            }
            boolean shown = service > 0 && fleet.householdDataShown(group.channel, meters, privacy);
            groups.add(new DataQuality.GroupQuality(group.wireName(), group.label, meters.size(),
                    shown ? Math.min(1, measured / service) : null, shown ? Math.min(1, estimated / service) : null));
        }
        gaps.sort(Comparator.comparingDouble(DataQuality.MeterGap::coverage));
        return new DataQuality(threshold, groups, gaps);
    }
}
