package nl.heerlen.energiemonitor.simulator;

/**
 * Deterministic pseudo-random numbers addressed by keys rather than drawn in sequence.
 * Because a value depends only on (seed, keys), the weather of a given day or the noise of a
 * given minute is identical whether live mode, a backfill or a restart asks for it.
 */
final class SeededNoise {

    private final long seed;

    SeededNoise(long seed) {
        this.seed = mix(seed);
    }

    /** A stream independent of this one, e.g. one per meter, keyed by a stable name. */
    SeededNoise derive(String name) {
        // String.hashCode is specified by the JLS, so the derived stream is stable across JVMs.
        return new SeededNoise(seed ^ mix(name.hashCode()));
    }

    /** Uniform in [0, 1). */
    double uniform(long key1, long key2) {
        long h = mix(mix(seed ^ key1) + key2);
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [-1, 1). */
    double signed(long key1, long key2) {
        return 2 * uniform(key1, key2) - 1;
    }

    /**
     * Smooth noise in [-1, 1): random anchors every period, linearly interpolated between them,
     * so e.g. a passing cloud or a load change ramps instead of jumping.
     */
    double smooth(long key, long epochSecond, long periodSeconds) {
        long anchor = Math.floorDiv(epochSecond, periodSeconds);
        double fraction = (epochSecond - anchor * periodSeconds) / (double) periodSeconds;
        double from = signed(key, anchor);
        return from + (signed(key, anchor + 1) - from) * fraction;
    }

    /** SplitMix64 finaliser: a cheap, well-distributed 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
