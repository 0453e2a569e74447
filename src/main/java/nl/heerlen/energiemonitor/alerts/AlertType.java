package nl.heerlen.energiemonitor.alerts;

/** The kinds of alert; the tag value of {@code energiemonitor.alerts.active{type}}, so a fixed, small set. */
public enum AlertType {
    METER_OFFLINE("meter_offline"),
    PV_UNDERPERFORMANCE("pv_underperformance"),
    MIJNWATER_DELTA_T("mijnwater_delta_t"),
    INGEST_REJECTS("ingest_rejects"),
    ACCOUNTING_LAG("accounting_lag"),
    ACCOUNTING_FAILED("accounting_failed");

    private final String tag;

    AlertType(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static AlertType fromTag(String tag) {
        for (AlertType type : values()) {
            if (type.tag.equals(tag)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown alert type " + tag);
    }
}
