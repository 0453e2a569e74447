package nl.heerlen.energiemonitor.report;

import java.time.LocalDate;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;

/**
 * Object mother for report tests: sites, meters with commissioning dates, whole days of stored rollups (fully
 * measured), and the year's factors, assumptions and budget lines. Each test uses its own year so reports don't mix.
 */
final class ReportFixtures {
    private ReportFixtures() {
    }

    static void site(String id, String kind, String measure, boolean household) {
        TestSql.update("insert into site (id, name, kind, measure_code, household) values (?, ?, ?, ?, ?) on conflict do nothing",
                id, "Test " + id, kind, measure, household);
    }

    static void meter(String id, String kind, String site, Double kwp, Integer panels, LocalDate commissioned, LocalDate decommissioned) {
        TestMeters.register("pv_inverter", null); // makes sure the test installers exist
        TestSql.update("""
                insert into meter (id, kind, installer_id, site_id, capacity_kwp, panel_count, commissioned_on, decommissioned_on)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                id, kind, TestMeters.INSTALLER, site, kwp, panels, commissioned, decommissioned);
    }

    /** Days [from, to) each with {@code kwhPerDay} and fully measured, as the accounting would store them. */
    static void days(String meter, String channel, LocalDate from, LocalDate to, double kwhPerDay) {
        TestSql.update("""
                insert into energy_day (meter_id, channel, day, day_start, energy, measured_seconds, estimated_seconds)
                select ?, ?, d::date, d::timestamp at time zone 'Europe/Amsterdam', ?,
                       extract(epoch from ((d + interval '1 day')::timestamp at time zone 'Europe/Amsterdam')
                                          - (d::timestamp at time zone 'Europe/Amsterdam')), 0
                from generate_series(?::date, ?::date - 1, interval '1 day') d
                on conflict do nothing""", meter, channel, kwhPerDay, from, to);
    }

    static void factor(String carrier, int year, double kg, String unit) {
        TestSql.update("""
                insert into emission_factor (carrier, year, basis, version, kg_co2_per_unit, unit, source, status)
                values (?, ?, 'TTW', 1, ?, ?, 'test', 'sourced') on conflict do nothing""", carrier, year, kg, unit);
    }

    static void assumption(String key, int year, double value) {
        TestSql.update("""
                insert into assumption (key, year, version, value, unit, description, source, status)
                values (?, ?, 1, ?, 'x', 'test', 'test', 'sourced') on conflict do nothing""", key, year, value);
    }

    static void line(String measure, int year, String planned, String realised, Double expectedCo2) {
        TestSql.update("""
                insert into budget_line (measure_code, year, kind, funding_source, planned_eur, realised_eur, expected_co2_tonnes, status, source)
                values (?, ?, 'investment', 'test', ?::numeric, ?::numeric, ?, 'sourced', 'test') on conflict do nothing""",
                measure, year, planned, realised, expectedCo2);
    }
}
