package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole months and the days around them cover every day of the span exactly once. */
class CalendarSpanTests {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void monthsAndEdgeDaysCoverEachDayOnce(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            LocalDate first = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(800));
            LocalDate end = first.plusDays(random.nextInt(i % 2 == 0 ? 40 : 500));
            CalendarSpan span = CalendarSpan.of(first, end);
            List<LocalDate> covered = new ArrayList<>();
            days(span.firstDay(), span.headEnd(), covered);
            for (LocalDate m = span.firstMonth(); m.isBefore(span.endMonth()); m = m.plusMonths(1)) {
                assertThat(m.getDayOfMonth()).isEqualTo(1);
                days(m, m.plusMonths(1), covered);
            }
            days(span.tailStart(), span.endDay(), covered);
            List<LocalDate> all = new ArrayList<>();
            days(first, end, all);
            assertThat(covered).as(first + ".." + end).containsExactlyElementsOf(all);
        }
    }

    @Test
    void aCalendarYearIsTwelveMonthsAndNoDays() {
        CalendarSpan span = CalendarSpan.daysStartingIn(AmsterdamCalendar.year(2025));
        assertThat(span.firstMonth()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(span.endMonth()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(span.headEnd()).isEqualTo(span.firstDay());
        assertThat(span.tailStart()).isEqualTo(span.endDay());
    }

    @Test
    void countsTheDaysStartingInsideARangeThatIsNotAligned() {
        Instant from = AmsterdamCalendar.startOf(LocalDate.of(2026, 3, 29)).plusSeconds(3600);
        Instant to = AmsterdamCalendar.startOf(LocalDate.of(2026, 5, 3)).plusSeconds(60);
        CalendarSpan span = CalendarSpan.daysStartingIn(new TimeRange(from, to));
        assertThat(span.firstDay()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(span.endDay()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(span.firstMonth()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(span.endMonth()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    private static void days(LocalDate from, LocalDate to, List<LocalDate> into) {
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            into.add(d);
        }
    }
}
