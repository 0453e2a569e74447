package nl.heerlen.energiemonitor.readings;

/**
 * What happened to a batch of readings.
 *
 * @param inserted newly stored
 * @param duplicates already stored (same meter, channel and ts), of which {@code conflicts} had a different value
 * @param conflicts duplicates whose value differed from the stored one; recorded, not applied
 */
public record StoreOutcome(long inserted, long duplicates, long conflicts) {
    public static final StoreOutcome NONE = new StoreOutcome(0, 0, 0);

    public StoreOutcome {
        if (inserted < 0 || duplicates < 0 || conflicts < 0 || conflicts > duplicates) {
            throw new IllegalArgumentException("invalid outcome counts");
        }
    }

    /** Every one of {@code n} readings newly stored. */
    public static StoreOutcome allInserted(long n) {
        return new StoreOutcome(n, 0, 0);
    }

    public StoreOutcome plus(StoreOutcome other) {
        return new StoreOutcome(inserted + other.inserted, duplicates + other.duplicates, conflicts + other.conflicts);
    }
}
