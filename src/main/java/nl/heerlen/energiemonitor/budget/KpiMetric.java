package nl.heerlen.energiemonitor.budget;

import java.util.Arrays;

/** How the actual value of a measure's KPI is counted from the registry; NONE when no meter can tell. */
public enum KpiMetric {
    NONE("none"), PV_ROOFS("pv_roofs"), PV_PANELS("pv_panels"), CONNECTIONS("connections"), HOMES_OFF_GAS("homes_off_gas");

    private final String wireName;

    KpiMetric(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static KpiMetric parse(String text) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kpi metric " + text));
    }
}
