package nl.heerlen.energiemonitor.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The klimaatbegroting of a year as data; HTML, PDF and CSV are views of it, and a published version is this record
 * frozen as JSON.
 *
 * @param provisional true while the year has not ended or a group's coverage is below the threshold
 * @param illustrative true when any figure it is built on is illustrative or still to verify (see dataNotes)
 * @param publication the version and time of publishing, for a published copy; null for a draft
 * @param changesSincePublished for a draft of a published year: the figures that differ from the published version
 * @param projection emission and energy without and with the planned measures up to the PALET target year (Oslo)
 */
public record Klimaatbegroting(int year, OffsetDateTime from, OffsetDateTime to, Instant generatedAt,
                               boolean provisional, List<String> provisionalReasons, boolean illustrative,
                               List<String> dataNotes, Publication publication, Summary summary,
                               EnergyGroup solar, EnergyGroup mijnwaterHeat, PaletSection palet, CeilingSection ceiling,
                               List<MeasureLine> measures, NextYearPlan nextYear, InstallationGroups groups,
                               DataQuality quality, List<FactorUsed> factors, List<AssumptionUsed> assumptions,
                               List<Change> changesSincePublished, ProjectionSection projection) {

    public record Publication(int version, Instant publishedAt) {
    }

    public record Summary(boolean onTrack, String sentence) {
    }

    /** The measured energy of a group of meters, in total and per meter. */
    public record EnergyGroup(String channel, String unit, double totalKwh, int meterCount, List<MeterLine> meters) {
    }

    public record MeterLine(String meterId, String kind, String siteId, double kwh, double coverage, double estimatedShare) {
    }

    /** A figure of the draft that differs from the published version. */
    public record Change(String figure, String published, String current) {
    }

    Klimaatbegroting withChanges(List<Change> changes) {
        return new Klimaatbegroting(year, from, to, generatedAt, provisional, provisionalReasons, illustrative, dataNotes,
                publication, summary, solar, mijnwaterHeat, palet, ceiling, measures, nextYear, groups, quality, factors,
                assumptions, changes, projection);
    }

    Klimaatbegroting published(Publication at) {
        return new Klimaatbegroting(year, from, to, generatedAt, provisional, provisionalReasons, illustrative, dataNotes,
                at, summary, solar, mijnwaterHeat, palet, ceiling, measures, nextYear, groups, quality, factors,
                assumptions, List.of(), projection);
    }
}
