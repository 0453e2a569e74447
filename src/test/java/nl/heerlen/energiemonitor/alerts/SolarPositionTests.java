package nl.heerlen.energiemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SolarPositionTests {
    private static final double LAT = 50.89;
    private static final double LON = 5.98;

    @Test
    void summerSolsticeNoonInHeerlenIsNinetyMinusLatitudePlusTilt() {
        // Solar noon at 5.98° E on 21 June: about 11:38 UTC; elevation 90 − 50.89 + 23.44.
        double elevation = SolarPosition.elevationDeg(LAT, LON, Instant.parse("2026-06-21T11:38:00Z"));
        assertThat(elevation).isCloseTo(62.55, within(0.3));
    }

    @Test
    void winterSolsticeNoonIsLow() {
        double elevation = SolarPosition.elevationDeg(LAT, LON, Instant.parse("2026-12-21T11:37:00Z"));
        assertThat(elevation).isCloseTo(90 - 50.89 - 23.44, within(0.3));
    }

    @Test
    void midnightIsBelowTheHorizon() {
        assertThat(SolarPosition.elevationDeg(LAT, LON, Instant.parse("2026-06-21T23:38:00Z")))
                .isCloseTo(-(90 - 50.89 - 23.44), within(0.3));
    }

    @Test
    void sunRisesInHeerlenAroundTheAlmanacTime() {
        // Almanac sunrise in Heerlen on 1 June 2026 is about 05:30 CEST (upper limb with refraction, ≈ −0.83°).
        OffsetDateTime before = OffsetDateTime.parse("2026-06-01T05:15:00+02:00");
        OffsetDateTime after = OffsetDateTime.parse("2026-06-01T05:45:00+02:00");
        assertThat(SolarPosition.elevationDeg(LAT, LON, before.toInstant())).isLessThan(-0.83);
        assertThat(SolarPosition.elevationDeg(LAT, LON, after.toInstant())).isGreaterThan(-0.83);
    }

    @Test
    void daylightStartsAtTheThresholdCrossingAndNotAtNight() {
        Daylight daylight = new Daylight(LAT, LON, 5);
        Instant noon = OffsetDateTime.parse("2026-06-01T13:00:00+02:00").toInstant();
        Instant since = daylight.daylightSince(noon);
        assertThat(SolarPosition.elevationDeg(LAT, LON, since)).isGreaterThanOrEqualTo(5);
        assertThat(SolarPosition.elevationDeg(LAT, LON, since.minusSeconds(300))).isLessThan(5);
        assertThat(daylight.daylightSince(OffsetDateTime.parse("2026-06-01T23:30:00+02:00").toInstant())).isNull();
    }
}
