package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class AmsterdamTimeTests {

    @Test
    void agreesWithZonedDateTimeAcrossDaylightSavingChanges() {
        Instant start = Instant.parse("2025-03-28T00:00:00Z");
        for (long step = 0; step < 24 * 240; step++) {
            Instant time = start.plusSeconds(step * 1800 + 7);
            ZonedDateTime expected = time.atZone(AmsterdamTime.ZONE);
            AmsterdamTime actual = AmsterdamTime.of(time);

            assertThat(actual.hour()).as(time.toString()).isEqualTo(expected.getHour());
            assertThat(actual.weekday()).as(time.toString())
                    .isEqualTo(expected.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0);
        }
    }
}
