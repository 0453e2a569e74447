package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResolutionCeilTests {
    @Test
    void anAlignedInstantIsItsOwnCeilingAndOthersGoToTheNextBucket() {
        assertThat(Resolution.QUARTER_HOUR.ceil(Instant.parse("2026-06-01T10:15:00Z"))).isEqualTo("2026-06-01T10:15:00Z");
        assertThat(Resolution.QUARTER_HOUR.ceil(Instant.parse("2026-06-01T10:15:01Z"))).isEqualTo("2026-06-01T10:30:00Z");
        // The Amsterdam day after the 25-hour day of 2026-10-25 starts at 23:00 UTC.
        assertThat(Resolution.DAY.ceil(Instant.parse("2026-10-25T12:00:00Z"))).isEqualTo("2026-10-25T23:00:00Z");
        assertThat(Resolution.DAY.ceil(Instant.parse("2026-10-25T23:00:00Z"))).isEqualTo("2026-10-25T23:00:00Z");
    }
}
