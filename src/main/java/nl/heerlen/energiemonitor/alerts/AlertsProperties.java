package nl.heerlen.energiemonitor.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether this instance evaluates alerts periodically
 * @param evaluationInterval how often all alerts are evaluated
 * @param offlineMissedReports a meter is offline after this many reporting intervals without a reading
 * @param offlineMinSilence ... and at least this long, so that fast reporters do not flap
 * @param offlineLookback how far back the newest reading is looked for (older means "not seen within this window")
 * @param minSunElevationDeg PV meters are only judged while the sun is at least this high at their site
 * @param defaultLatitude where a site without coordinates is assumed to be (Heerlen)
 * @param defaultLongitude idem
 * @param underperformanceWindow whole Amsterdam days before today over which specific yield is compared
 * @param underperformanceRatio a roof whose kWh/kWp is below this fraction of its peers' median underperforms
 * @param underperformanceMinPeers fewer comparable roofs (same kind, incl. itself) than this: no comparison
 * @param underperformanceMinCoverage roofs with less measured coverage are left to the offline alert
 * @param deltaTWindow window of quarter hours with energy flowing over which supply − return is averaged
 * @param deltaTMinKelvin an absolute average difference below this is implausible (stuck or swapped sensors)
 * @param deltaTMaxKelvin ... and above this (a sensor fault: Mijnwater runs at a few kelvin)
 * @param deltaTMinQuarters fewer quarter hours with energy flowing than this: no judgement
 * @param rejectShareMax share of rejected readings since the previous evaluation above which ingest alerts
 * @param rejectMinCount ... provided at least this many were rejected
 * @param accountingLagMax rollups older than this are an alert
 */
@ConfigurationProperties("energiemonitor.alerts")
public record AlertsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration evaluationInterval,
        @DefaultValue("3") int offlineMissedReports,
        @DefaultValue("30m") Duration offlineMinSilence,
        @DefaultValue("7d") Duration offlineLookback,
        @DefaultValue("5") double minSunElevationDeg,
        @DefaultValue("50.89") double defaultLatitude,
        @DefaultValue("5.98") double defaultLongitude,
        @DefaultValue("14d") Duration underperformanceWindow,
        @DefaultValue("0.7") double underperformanceRatio,
        @DefaultValue("3") int underperformanceMinPeers,
        @DefaultValue("0.8") double underperformanceMinCoverage,
        @DefaultValue("2h") Duration deltaTWindow,
        @DefaultValue("0.5") double deltaTMinKelvin,
        @DefaultValue("15") double deltaTMaxKelvin,
        @DefaultValue("4") int deltaTMinQuarters,
        @DefaultValue("0.05") double rejectShareMax,
        @DefaultValue("10") long rejectMinCount,
        @DefaultValue("15m") Duration accountingLagMax) {
}
