package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolutionTests {

    private static Instant local(String text) {
        return LocalDateTime.parse(text).atZone(Resolution.CALENDAR_ZONE).toInstant();
    }

    @ParameterizedTest
    @CsvSource({"15m, QUARTER_HOUR", "15M, QUARTER_HOUR", "hour, HOUR", "Hour, HOUR", "DAY, DAY", "month, MONTH", "yEaR, YEAR"})
    void parsesLabelsCaseInsensitively(String text, Resolution expected) {
        assertThat(Resolution.parse(text)).isEqualTo(expected);
        assertThat(Resolution.parse(expected.label())).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"week", "quarter_hour", "15min", " day", "1h"})
    void rejectsUnknownResolutionsWithTheAcceptedOnes(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Resolution.parse(text))
                .withMessageContaining("15m, hour, day, month, year");
    }

    @ParameterizedTest
    @CsvSource({
            "QUARTER_HOUR, 2026-07-01T10:07:30.250Z, 2026-07-01T10:00:00Z, 2026-07-01T10:15:00Z",
            "QUARTER_HOUR, 2026-07-01T10:15:00Z,     2026-07-01T10:15:00Z, 2026-07-01T10:30:00Z",
            "HOUR,         2026-07-01T10:59:59.999Z, 2026-07-01T10:00:00Z, 2026-07-01T11:00:00Z",
            "DAY,          2026-07-01T21:59:00Z,     2026-06-30T22:00:00Z, 2026-07-01T22:00:00Z",
            "DAY,          2026-07-01T22:00:00Z,     2026-07-01T22:00:00Z, 2026-07-02T22:00:00Z",
            "DAY,          2026-01-15T23:30:00Z,     2026-01-15T23:00:00Z, 2026-01-16T23:00:00Z",
            "MONTH,        2026-03-31T22:30:00Z,     2026-03-31T22:00:00Z, 2026-04-30T22:00:00Z",
            "MONTH,        2026-03-15T12:00:00Z,     2026-02-28T23:00:00Z, 2026-03-31T22:00:00Z",
            "YEAR,         2025-12-31T23:30:00Z,     2025-12-31T23:00:00Z, 2026-12-31T23:00:00Z",
    })
    void floorsToTheBucketAndStepsToTheNextOne(Resolution resolution, Instant t, Instant floor, Instant next) {
        assertThat(resolution.floor(t)).isEqualTo(floor);
        assertThat(resolution.next(t)).isEqualTo(next);
        assertThat(resolution.next(floor)).isEqualTo(next);
        assertThat(resolution.isAligned(floor)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2026-10-25T02:30:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"})
    void bothRepeatedHoursOfTheAutumnDayBelongToThatDay(Instant t) {
        assertThat(Resolution.DAY.floor(t)).isEqualTo(local("2026-10-25T00:00"));
        assertThat(Resolution.DAY.next(t)).isEqualTo(local("2026-10-26T00:00"));
    }

    @ParameterizedTest
    @CsvSource({"2026-03-29T01:00:00Z, 2026-03-29T01:00:00Z", "2026-10-25T01:45:00Z, 2026-10-25T01:00:00Z"})
    void hoursStayUtcAlignedAcrossTransitions(Instant t, Instant floor) {
        assertThat(Resolution.HOUR.floor(t)).isEqualTo(floor);
        assertThat(Resolution.HOUR.next(t)).isEqualTo(floor.plusSeconds(3600));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1969-12-31T23:52:00Z", "1969-12-31T23:45:00Z"})
    void quarterFloorRoundsDownBeforeTheEpochToo(Instant t) {
        assertThat(Resolution.QUARTER_HOUR.floor(t)).isEqualTo(Instant.parse("1969-12-31T23:45:00Z"));
    }
}
