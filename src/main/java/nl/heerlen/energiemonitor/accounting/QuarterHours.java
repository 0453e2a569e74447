package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;

/** Quarter-hour arithmetic on instants; Amsterdam's offsets are whole hours, so UTC quarters are local quarters. */
final class QuarterHours {
    static final long SECONDS = 900;

    private QuarterHours() {
    }

    static Instant floor(Instant t) {
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), SECONDS) * SECONDS);
    }

    static Instant ceil(Instant t) {
        Instant floor = floor(t);
        return floor.equals(t) ? t : floor.plusSeconds(SECONDS);
    }
}
