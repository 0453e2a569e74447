package nl.heerlen.energiemonitor.ingest;

/** Why a message or reading was not stored; the tag value of the rejected-readings metric. */
public enum RejectionReason {
    PAYLOAD_TOO_LARGE,
    MALFORMED_JSON,
    INVALID_PAYLOAD,
    INVALID_TOPIC,
    UNKNOWN_METER,
    INSTALLER_MISMATCH,
    UNKNOWN_CHANNEL,
    UNKNOWN_UNIT,
    INVALID_VALUE,
    NON_FINITE_VALUE,
    INVALID_TIMESTAMP,
    TIMESTAMP_OUT_OF_RANGE;

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
