package nl.heerlen.energiemonitor.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The yearly climate budget as data. This first version carries the measured totals; budget lines, factors and the
 * PALET path follow.
 *
 * @param provisional true while the year has not ended
 */
record Klimaatbegroting(int year, OffsetDateTime from, OffsetDateTime to, boolean provisional,
                        EnergyGroup solar, EnergyGroup mijnwaterHeat) {

    /** The measured energy of a group of meters, in total and per meter. */
    record EnergyGroup(String channel, String unit, double totalKwh, int meterCount, List<MeterLine> meters) {
    }

    record MeterLine(String meterId, String kind, String siteId, double kwh, double coverage, double estimatedShare) {
    }
}
