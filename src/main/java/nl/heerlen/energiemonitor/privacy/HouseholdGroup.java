package nl.heerlen.energiemonitor.privacy;

import java.util.List;

/**
 * The homes in a group total a non-admin asked for, split into cells of one measure and one meter kind: a bucket of
 * the total is shown only when every cell that contributed to it holds at least {@code minGroupSize} homes. Because
 * the allowed filters (measure, kind) only ever select whole cells, the difference of two totals is again a sum of
 * whole cells, each of at least N homes.
 *
 * @param meterIds the household meters of the group
 * @param siteIds  their homes, index by index
 * @param cells    their cell (measure and kind), index by index
 */
public record HouseholdGroup(List<String> meterIds, List<String> siteIds, List<String> cells, int minGroupSize) {
    public HouseholdGroup {
        meterIds = List.copyOf(meterIds);
        siteIds = List.copyOf(siteIds);
        cells = List.copyOf(cells);
        if (meterIds.size() != siteIds.size() || meterIds.size() != cells.size()) {
            throw new IllegalArgumentException("every household meter needs its site and cell");
        }
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("minGroupSize must be at least 1");
        }
    }

    /** Nothing to check: no homes in the group, or an admin asking. */
    public static HouseholdGroup none(int minGroupSize) {
        return new HouseholdGroup(List.of(), List.of(), List.of(), minGroupSize);
    }

    public boolean isEmpty() {
        return meterIds.isEmpty();
    }

    static String cell(String measureCode, String kind) {
        return (measureCode == null ? "" : measureCode) + "|" + kind;
    }
}
