/**
 * Accounting owns energy: it turns raw register readings into stored 15-minute and daily rollups with their quality,
 * by the contract in {@code docs/accounting.md}; its core (intervals, spreading, buckets) is pure domain code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounting")
package nl.heerlen.energiemonitor.accounting;
