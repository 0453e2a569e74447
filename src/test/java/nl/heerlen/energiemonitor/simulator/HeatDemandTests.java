package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class HeatDemandTests {

    private final HeatDemand office = new HeatDemand(15, 20, 10, new Weather(2018));

    @Test
    void heatDemandIsHigherInJanuaryThanInJuly() {
        assertThat(heatingMwh(LocalDate.of(2025, 1, 1))).isGreaterThan(5 * heatingMwh(LocalDate.of(2025, 7, 1)));
    }

    @Test
    void coolingDemandIsHigherInJulyThanInJanuary() {
        assertThat(coolingMwh(LocalDate.of(2025, 7, 1))).isGreaterThan(coolingMwh(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void weekdayWorkingHoursNeedMoreHeatThanTheNightBefore() {
        // Tuesday 14 January 2025, 10:00 and 02:00 local time.
        double morning = office.at(Instant.parse("2025-01-14T09:00:00Z")).heatingKw();
        double night = office.at(Instant.parse("2025-01-14T01:00:00Z")).heatingKw();

        assertThat(morning).isGreaterThan(night);
    }

    @Test
    void demandIsNeverNegative() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (long step = 0; step < 365 * 24; step++) {
            HeatDemand.Load load = office.at(start.plusSeconds(step * 3600));
            assertThat(load.heatingKw()).isNotNegative();
            assertThat(load.coolingKw()).isNotNegative();
        }
    }

    private double heatingMwh(LocalDate month) {
        return monthTotal(month, true);
    }

    private double coolingMwh(LocalDate month) {
        return monthTotal(month, false);
    }

    private double monthTotal(LocalDate month, boolean heating) {
        Instant start = month.atStartOfDay(ZoneOffset.UTC).toInstant();
        double kwh = 0;
        for (long hour = 0; hour < 31 * 24; hour++) {
            HeatDemand.Load load = office.at(start.plusSeconds(hour * 3600));
            kwh += heating ? load.heatingKw() : load.coolingKw();
        }
        return kwh / 1000;
    }
}
