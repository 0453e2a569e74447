package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CumulativeRegistersTests {

    private static final LocalDate COMMISSIONED = LocalDate.of(2025, 1, 1);

    @Test
    void integratesAConstantRateExactly() {
        CumulativeRegisters registers = new CumulativeRegisters(time -> new double[] {2.0, 0.5}, 2, COMMISSIONED);

        double[] afterTenDaysAndSixHours = registers.at(Instant.parse("2025-01-11T06:00:00Z"));

        assertThat(afterTenDaysAndSixHours[0]).isCloseTo(2.0 * 246, within(1e-9));
        assertThat(afterTenDaysAndSixHours[1]).isCloseTo(0.5 * 246, within(1e-9));
    }

    @Test
    void readsZeroBeforeCommissioning() {
        CumulativeRegisters registers = new CumulativeRegisters(time -> new double[] {1.0}, 1, COMMISSIONED);

        assertThat(registers.at(Instant.parse("2024-12-31T23:59:59Z"))[0]).isZero();
    }

    @Test
    void valueDependsOnlyOnTimeNotOnTheOrderOfQuestions() {
        CumulativeRegisters.Rates hourly = time -> new double[] {time.getEpochSecond() / 3600 % 24};
        CumulativeRegisters forward = new CumulativeRegisters(hourly, 1, COMMISSIONED);
        CumulativeRegisters jumping = new CumulativeRegisters(hourly, 1, COMMISSIONED);
        Instant moment = Instant.parse("2025-03-03T17:07:30Z");

        forward.at(Instant.parse("2025-03-01T00:00:00Z"));
        jumping.at(Instant.parse("2025-06-01T00:00:00Z"));

        assertThat(jumping.at(moment)[0]).isEqualTo(forward.at(moment)[0]);
    }

    @Test
    void neverDecreasesWithVaryingRates() {
        CumulativeRegisters registers = new CumulativeRegisters(
                time -> new double[] {Math.max(0, Math.sin(time.getEpochSecond() / 5000.0))}, 1, COMMISSIONED);
        double previous = 0;
        for (long second = 0; second < 3 * 86_400; second += 37) {
            double value = registers.at(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(second))[0];
            assertThat(value).isGreaterThanOrEqualTo(previous);
            previous = value;
        }
    }
}
