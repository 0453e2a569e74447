package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read timestamps must give what OffsetDateTime.parse gives, and fail where it fails. */
class TimestampsTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-06-01T12:00:00Z", "2026-06-01T12:00:00+02:00", "2026-03-29T01:59:59.999-00:00",
            "2026-10-25T02:30:00.5+01:00", "2024-02-29T23:59:59.123456789-11:30", "2000-01-01T00:00:00+18:00",
            "2026-06-01t12:00:00z", "2026-06-01T12:00Z", "2026-06-01T12:00:00.Z", "2026-06-01T12:00:00+02:00:00"})
    void readsWhatTheGeneralParserReads(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "2026-06-01", "2026-06-01T12:00:00", "2026-13-01T12:00:00Z", "2026-02-29T12:00:00Z",
            "2026-06-01T24:00:00Z", "2026-06-01T12:60:00Z", "2026-06-01T12:00:60Z", "2026-06-01T12:00:00+19:00",
            "2026-06-01T12:00:00+01:75", "2026-06-01T12:00:00+0200", "2026-06-01T12:00:00.1234567890Z",
            "2026-06-01T12:00:00 Z", "2026-06-01T12:00:00+2:00", "2026-06-01T12:00:00Zjunk", "yesterday",
            "２026-06-01T12:00:00Z", "2026-06-01T12:00:00+02:0a"})
    void failsWhereTheGeneralParserFails(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
