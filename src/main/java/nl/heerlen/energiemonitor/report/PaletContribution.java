package nl.heerlen.energiemonitor.report;

import java.util.List;
import java.util.stream.Stream;
import nl.heerlen.energiemonitor.privacy.PrivacyProperties;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterKind;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;

/** The measured PALET contribution of one calendar year: renewable generation and avoided use from our meters. */
final class PaletContribution {
    private PaletContribution() {
    }

    static PaletSection.ContributionYear of(int year, Fleet fleet, PrivacyProperties privacy) {
        List<Meter> pv = Stream.of(InstallationGroup.SCHOOL_ROOFS, InstallationGroup.CENTRE_PANELS)
                .flatMap(g -> fleet.in(g).stream()).filter(fleet::isPv).toList();
        double renewableKwh = kwh(fleet, Channel.PV_ENERGY, pv, privacy);
        List<Meter> mijnwater = fleet.in(InstallationGroup.MIJNWATER);
        double heat = kwh(fleet, Channel.HEAT_ENERGY, mijnwater, privacy);
        double heatPump = kwh(fleet, Channel.ELECTRICITY_IMPORT,
                mijnwater.stream().filter(m -> fleet.isKind(m, MeterKind.ELECTRICITY_METER)).toList(), privacy);
        double avoidedKwh = Math.max(0, heat - heatPump);
        double tj = PaletCalculator.TJ_PER_KWH;
        return new PaletSection.ContributionYear(year, renewableKwh * tj, avoidedKwh * tj, (renewableKwh + avoidedKwh) * tj);
    }

    /**
     * The energy of the meters on the channel; homes among them count only when enough homes gave data that year,
     * because the other meters of the group are listed one by one and the difference would single a home out.
     */
    private static double kwh(Fleet fleet, Channel channel, List<Meter> meters, PrivacyProperties privacy) {
        return fleet.kwh(channel, fleet.householdDataShown(channel, meters, privacy) ? meters
                : meters.stream().filter(m -> !fleet.isHousehold(m)).toList());
    }

    /** The years from the first with a contribution on; the report year is always there. */
    static List<PaletSection.ContributionYear> series(int year, List<Fleet> earlier, Fleet current, PrivacyProperties privacy) {
        List<PaletSection.ContributionYear> all = Stream.concat(earlier.stream(), Stream.of(current))
                .map(f -> of(AmsterdamCalendar.local(f.range().from()).getYear(), f, privacy)).toList();
        int first = all.stream().filter(c -> c.totalTj() > 0 || c.year() == year).mapToInt(PaletSection.ContributionYear::year)
                .min().orElse(year);
        return all.stream().filter(c -> c.year() >= first).toList();
    }
}
