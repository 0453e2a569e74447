package nl.heerlen.energiemonitor.accounting;

import java.util.stream.LongStream;

/**
 * Seeds for the property tests: a fixed set so every build checks the same cases, plus an optional
 * extra one ({@code -Daccounting.seed=...}) to replay a failure or to explore.
 */
final class Seeds {

    private static final int FIXED = 25;

    private Seeds() {
    }

    static LongStream seeds() {
        String extra = System.getProperty("accounting.seed");
        LongStream fixed = LongStream.range(0, FIXED).map(i -> 0x5EED_0000L + i * 7919);
        return extra == null ? fixed : LongStream.concat(fixed, LongStream.of(Long.parseLong(extra)));
    }
}
