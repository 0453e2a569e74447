package nl.heerlen.energiemonitor.report;

import java.util.List;

/**
 * The data-quality annex. Coverage is the share of the meters' time in service this year (up to now) that is
 * covered by measured intervals; estimated share the part filled in by estimates.
 */
public record DataQuality(double threshold, List<GroupQuality> groups, List<MeterGap> metersWithGaps) {

    public record GroupQuality(String group, String label, int meterCount, Double coverage, Double estimatedShare) {
    }

    public record MeterGap(String meterId, String group, double coverage, double estimatedShare) {
    }
}
