package nl.heerlen.energiemonitor.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;

/** Object mother for neighbourhoods: household sites, each with a heat meter and its daily rollups. */
final class Homes {
    private Homes() {
    }

    /** A neighbourhood under a measure code of its own. */
    record Neighbourhood(String measure, List<String> sites, List<String> heatMeters) {
    }

    /** Homes of kind "home" under a fresh measure code, heat meters in service in [from, to), 10 kWh heat a day. */
    static Neighbourhood of(int homes, LocalDate from, LocalDate to) {
        return of(homes, "t-m-" + UUID.randomUUID().toString().substring(0, 8), from, to);
    }

    static Neighbourhood of(int homes, String measure, LocalDate from, LocalDate to) {
        List<String> sites = new ArrayList<>();
        List<String> meters = new ArrayList<>();
        for (int i = 0; i < homes; i++) {
            String site = home(measure);
            String meter = TestMeters.onSite(site, "heat_meter", null);
            TestSql.update("update meter set commissioned_on = ?, decommissioned_on = ? where id = ?", from, to, meter);
            for (LocalDate day = from; day.isBefore(to) && day.isBefore(from.plusDays(3)); day = day.plusDays(1)) {
                day(meter, "heat_energy", day, 10);
            }
            sites.add(site);
            meters.add(meter);
        }
        return new Neighbourhood(measure, sites, meters);
    }

    static String home(String measure) {
        String id = "t-home-" + UUID.randomUUID().toString().substring(0, 8);
        TestSql.update("insert into site (id, name, kind, measure_code, household) values (?, 'Familie Test', 'home', ?, true)",
                id, measure);
        return id;
    }

    /** A measured quarter hour of the given energy. */
    static void quarter(String meter, String channel, java.time.Instant start, double energy) {
        TestSql.update("""
                insert into energy_quarter_hour (meter_id, channel, bucket_start, energy, measured_seconds, estimated_seconds)
                values (?, ?, ?, ?, 900, 0) on conflict do nothing""", meter, channel,
                AmsterdamCalendar.local(start), energy);
    }

    static void day(String meter, String channel, LocalDate day, double energy) {
        TestSql.update("""
                insert into energy_day (meter_id, channel, day, day_start, energy, measured_seconds, estimated_seconds)
                values (?, ?, ?, ?, ?, 86400, 0) on conflict do nothing""", meter, channel, day,
                AmsterdamCalendar.local(AmsterdamCalendar.startOf(day)), energy);
    }
}
