package nl.heerlen.energiemonitor.support;

import java.util.UUID;

/** Object mother for registered installers and meters, each with a unique id so tests do not share state. */
public final class TestMeters {
    public static final String INSTALLER = "test-installer";
    public static final String OTHER_INSTALLER = "other-installer";

    private TestMeters() {
    }

    public static String pvInverter(double kwp) {
        return register("pv_inverter", kwp);
    }

    public static String heatMeter() {
        return register("heat_meter", null);
    }

    public static String register(String kind, Double kwp) {
        installers();
        String id = "t-" + kind.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestSql.update("insert into meter (id, kind, installer_id, capacity_kwp, max_gap) values (?, ?, ?, ?, interval '1 hour')",
                id, kind, INSTALLER, kwp);
        return id;
    }

    /** A site of its own under a fresh measure code, so group totals see only this test's meters. */
    public static String site() {
        String id = "t-site-" + UUID.randomUUID().toString().substring(0, 8);
        TestSql.update("insert into site (id, name, kind, measure_code) values (?, 'Test site', 'school', ?)", id, id);
        return id;
    }

    public static String onSite(String siteId, String kind, Double kwp) {
        String id = register(kind, kwp);
        TestSql.update("update meter set site_id = ? where id = ?", siteId, id);
        return id;
    }

    public static String topic(String meterId) {
        return "energie/v1/" + INSTALLER + "/" + meterId;
    }

    private static void installers() {
        TestSql.update("insert into installer (id, name) values (?, 'Test installer'), (?, 'Other installer') on conflict do nothing",
                INSTALLER, OTHER_INSTALLER);
    }
}
