package nl.heerlen.energiemonitor.accounting;

/** Which rule produced an interval's energy from its two readings. */
public enum IntervalCause {
    /** Plain difference of a register that did not decrease. */
    NORMAL,
    /** Register dropped beyond the tolerance and restarted from zero: energy is the new value. */
    RESET,
    /** Register rolled over its configured maximum. */
    WRAP,
    /** A meter exchange lies inside the interval. */
    EXCHANGE,
    /** Decrease within the tolerance: rounding noise, counted as zero. */
    NOISE
}
