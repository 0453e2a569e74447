/**
 * Accounting owns energy: it turns raw register readings into stored 15-minute and daily rollups with their quality.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounting")
package nl.heerlen.energiemonitor.accounting;
