/**
 * Readings owns the raw time series: storing readings exactly once, recording conflicting values, and serving them back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Readings")
package nl.heerlen.energiemonitor.readings;
