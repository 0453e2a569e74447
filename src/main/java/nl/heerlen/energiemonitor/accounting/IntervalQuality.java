package nl.heerlen.energiemonitor.accounting;

/** How far an interval's energy can be trusted. */
public enum IntervalQuality {
    /** Consecutive readings close enough together: counted and covered. */
    MEASURED,
    /** Readings further apart than the channel's maximum gap: counted, but not covered. */
    ESTIMATED,
    /** Rate above the plausible maximum, or negative: excluded from totals, reported separately. */
    IMPLAUSIBLE
}
