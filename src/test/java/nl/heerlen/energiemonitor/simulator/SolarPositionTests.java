package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

class SolarPositionTests {

    private static final double HEERLEN_LAT = 50.89;
    private static final double HEERLEN_LON = 5.98;

    @Test
    void solarNoonElevationAtHeerlenOnTheSummerSolstice() {
        assertThat(highestElevation(LocalDate.of(2026, 6, 21))).isCloseTo(62.6, within(0.5));
    }

    @Test
    void solarNoonElevationAtHeerlenOnTheWinterSolstice() {
        assertThat(highestElevation(LocalDate.of(2026, 12, 21))).isCloseTo(15.7, within(0.5));
    }

    @Test
    void sunIsDueSouthAtSolarNoonAndEastInTheMorning() {
        // Solar noon in Heerlen is about 11:35 UTC in late June (longitude 6 E, equation of time -2 min).
        SolarPosition noon = SolarPosition.at(Instant.parse("2026-06-21T11:38:00Z"), HEERLEN_LAT, HEERLEN_LON);
        SolarPosition morning = SolarPosition.at(Instant.parse("2026-06-21T06:00:00Z"), HEERLEN_LAT, HEERLEN_LON);

        assertThat(noon.azimuthDeg()).isCloseTo(180, within(2.0));
        assertThat(morning.azimuthDeg()).isBetween(60.0, 120.0);
    }

    @Test
    void sunIsBelowTheHorizonAtMidnight() {
        SolarPosition midnight = SolarPosition.at(Instant.parse("2026-06-21T23:30:00Z"), HEERLEN_LAT, HEERLEN_LON);

        assertThat(midnight.isUp()).isFalse();
    }

    private static double highestElevation(LocalDate date) {
        Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        double highest = -90;
        for (int minute = 0; minute < 1440; minute++) {
            Instant time = start.plus(minute, ChronoUnit.MINUTES);
            highest = Math.max(highest, SolarPosition.at(time, HEERLEN_LAT, HEERLEN_LON).elevationDeg());
        }
        return highest;
    }
}
