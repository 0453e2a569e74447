package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A meter's register as a multiple of a register shared by many meters of the same shape (one kWp
 * on a roof plane, one household's gas), counted from the meter's commissioning day: zero before.
 */
final class ScaledRegister {

    private final CumulativeRegisters shared;
    private final double scale;
    private final Instant from;
    private double sharedAtFrom = Double.NaN;

    ScaledRegister(CumulativeRegisters shared, double scale, LocalDate commissionedOn) {
        this.shared = shared;
        this.scale = scale;
        // CumulativeRegisters count whole UTC days from their first day.
        this.from = Instant.ofEpochSecond(commissionedOn.toEpochDay() * 86_400L);
    }

    double at(Instant time) {
        if (time.isBefore(from)) {
            return 0;
        }
        if (Double.isNaN(sharedAtFrom)) {
            sharedAtFrom = shared.at(from)[0];
        }
        return scale * (shared.at(time)[0] - sharedAtFrom);
    }
}
