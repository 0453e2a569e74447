package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.Objects;

/**
 * A physical meter swap on a channel: the old register stopped at {@code finalReadingOld} and the new
 * one started counting at {@code startReadingNew}, both at {@code at}.
 */
public record MeterExchange(Instant at, double finalReadingOld, double startReadingNew) {

    public MeterExchange {
        Objects.requireNonNull(at, "at");
        if (!Double.isFinite(finalReadingOld) || !Double.isFinite(startReadingNew)) {
            throw new IllegalArgumentException("exchange readings at " + at + " must be finite, were "
                    + finalReadingOld + " and " + startReadingNew);
        }
    }
}
