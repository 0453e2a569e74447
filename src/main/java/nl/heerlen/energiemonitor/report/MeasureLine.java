package nl.heerlen.energiemonitor.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the measures table, with what it is computed from (meters, factors, assumptions) so that every figure
 * can be traced.
 *
 * @param kpiActual null when no meter can tell (the agreement's measures without metered effect)
 * @param measuredKwh energy generated or delivered by the measure's meters this year; null when nothing is metered
 * @param measuredCo2Tonnes avoided emission this year computed from it; null when not computable
 * @param effectBasis how the effect was found: gemeten (metered) or geschat (estimated from a count and an assumption)
 * @param eurPerTonne realised euros this year divided by the tonnes avoided this year; null without either
 * @param meters the meters the figures come from, without meters in homes (never listed one by one)
 * @param suppressed true when the measure's meters are in fewer homes than the privacy threshold: KPI, effect and
 *                   meters are left out
 * @param kpiSource where the KPI actual comes from: "gemeten" (counted from the registry) or "ingevoerd: ..." (entered
 *                  by hand, with its source and date); null without an actual
 * @param effectParts the measured effect step by step (for Mijnwater: heat, cold and heat pumps), summing to it
 */
public record MeasureLine(String code, String title, String portfolio, String wethouder, BigDecimal plannedEur,
                          BigDecimal realisedEur, String kpiName, Double kpiTarget, Double kpiActual, String kpiUnit,
                          Double expectedKwh, Double expectedCo2Tonnes, Double measuredKwh, Double measuredCo2Tonnes,
                          String effectBasis, BigDecimal eurPerTonne, List<String> meters, List<String> factors,
                          List<String> assumptions, List<String> dataStatus, boolean suppressed, String kpiSource,
                          List<EffectPart> effectParts) {

    /** One step of an effect: the energy it is computed from, the tonnes CO2 (negative for added use), and how. */
    public record EffectPart(String part, Double kwh, Double co2Tonnes, String computation) {
    }

    static final String SUPPRESSED = "onderdrukt: minder woningen dan de privacydrempel";

    /** The line without anything measured at the homes. */
    MeasureLine hidden() {
        return new MeasureLine(code, title, portfolio, wethouder, plannedEur, realisedEur, kpiName, kpiTarget, null,
                kpiUnit, expectedKwh, expectedCo2Tonnes, null, null, SUPPRESSED, null, List.of(), List.of(), List.of(),
                dataStatus, true, null, List.of());
    }
}
