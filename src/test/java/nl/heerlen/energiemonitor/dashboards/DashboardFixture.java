package nl.heerlen.energiemonitor.dashboards;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.support.TestSql;

/**
 * Rollups, rejections and alerts for the seeded demo fleet in the first week of June 2030 (a week no other test
 * writes to), so that every dashboard panel has rows to show.
 */
final class DashboardFixture {
    static final LocalDate FIRST_DAY = LocalDate.of(2030, 6, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2030, 6, 7);
    static final Map<String, Double> PV_KWP = Map.of("pv-bernardinus", 120.0, "pv-sintjansbasis", 35.0,
            "pv-grotenhof", 22.5, "pv-valkenburgerweg", 60.0, "opt-limburgia-001", 0.4, "opt-limburgia-002", 0.4,
            "opt-limburgia-003", 0.4, "opt-promenade-001", 0.4);
    static final List<String> HEAT_METERS = List.of("heat-maankwartier", "heat-cbs", "heat-apg");

    private static boolean inserted;

    private DashboardFixture() {
    }

    static synchronized void insertOnce() {
        if (inserted) {
            return;
        }
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            for (var pv : PV_KWP.entrySet()) {
                // One weak centre panel, so the heat map and the ranking have something to show.
                double perKwp = pv.getKey().equals("opt-limburgia-003") ? 1.5 : 4.0;
                day(pv.getKey(), "pv_energy", day, pv.getValue() * perKwp, day.getDayOfMonth() == 3 ? 3600 : 0);
            }
            for (String heat : HEAT_METERS) {
                day(heat, "heat_energy", day, 800, 0);
                day(heat, "cold_energy", day, 150, 0);
            }
        }
        ZonedDateTime morning = LAST_DAY.atTime(10, 0).atZone(AmsterdamCalendar.ZONE);
        for (int q = 0; q < 8; q++) {
            OffsetDateTime start = morning.plusMinutes(15L * q).toOffsetDateTime();
            PV_KWP.forEach((meter, kwp) -> {
                quarter(meter, "pv_energy", start, kwp * 0.15);
                measurement(meter, "pv_power", start, kwp * 600);
            });
            for (String heat : HEAT_METERS) {
                quarter(heat, "heat_energy", start, 10);
                measurement(heat, "supply_temp", start, 28);
                measurement(heat, "return_temp", start, 23);
            }
        }
        rejections();
        alerts();
        householdOffGas();
        inserted = true;
    }

    private static void day(String meter, String channel, LocalDate day, double energy, double estimated) {
        TestSql.update("""
                insert into energy_day (meter_id, channel, day, day_start, energy, measured_seconds, estimated_seconds)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", meter, channel, day,
                AmsterdamCalendar.local(AmsterdamCalendar.startOf(day)), energy, 86_400 - estimated, estimated);
    }

    private static void quarter(String meter, String channel, OffsetDateTime start, double energy) {
        TestSql.update("""
                insert into energy_quarter_hour (meter_id, channel, bucket_start, energy, measured_seconds, estimated_seconds)
                values (?, ?, ?, ?, 900, 0) on conflict do nothing""", meter, channel, start, energy);
    }

    private static void measurement(String meter, String channel, OffsetDateTime start, double value) {
        TestSql.update("""
                insert into measurement_quarter_hour (meter_id, channel, bucket_start, avg_value, min_value, max_value, samples)
                values (?, ?, ?, ?, ?, ?, 3) on conflict do nothing""", meter, channel, start, value, value, value);
    }

    private static void rejections() {
        OffsetDateTime at = LocalDate.of(2030, 6, 3).atTime(12, 0).atZone(AmsterdamCalendar.ZONE).toOffsetDateTime();
        TestSql.update("""
                insert into rejected_reading (received_at, source, topic, installer_id, meter_id, reason, detail, raw_payload)
                values (?, 'mqtt', 'energie/v1/zonnewerk/pv-x', 'zonnewerk', 'pv-x', 'unknown_meter', 'd', '{}'),
                       (?, 'mqtt', 'energie/v1/zonnewerk/pv-bernardinus', 'zonnewerk', 'pv-bernardinus', 'invalid_value', 'd', '{}'),
                       (?, 'http', null, null, null, 'malformed_json', 'd', 'x')""", at, at.plusHours(1), at.plusHours(2));
    }

    private static void alerts() {
        OffsetDateTime since = LAST_DAY.atTime(9, 0).atZone(AmsterdamCalendar.ZONE).toOffsetDateTime();
        TestSql.update("""
                insert into alert_state (type, subject, meter_id, site_id, message, value, threshold, since, evaluated_at)
                values ('meter_offline', 'pv-grotenhof', 'pv-grotenhof', 'school-grotenhof', 'stil', 7200, 2700, ?, ?),
                       ('pv_underperformance', 'opt-limburgia-003', 'opt-limburgia-003', 'centrum-limburgiastraat', 'zwak', 1.5, 2.8, ?, ?)
                on conflict do nothing""", since, since.plusHours(2), since, since.plusHours(2));
    }

    private static void householdOffGas() {
        TestSql.update("insert into site (id, name, kind, household) values ('woning-test-1', 'Privé', 'household', true) on conflict do nothing");
        TestSql.update("""
                insert into meter (id, kind, installer_id, site_id, commissioned_on, decommissioned_on)
                values ('gas-woning-test-1', 'gas_meter', 'mijnwater', 'woning-test-1', '2015-01-01', '2029-10-01'),
                       ('heat-woning-test-1', 'heat_meter', 'mijnwater', 'woning-test-1', '2029-10-01', null)
                on conflict do nothing""");
    }
}
