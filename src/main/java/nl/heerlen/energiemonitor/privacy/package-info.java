/**
 * Privacy owns the rules for household data (issue 9, docs/privacy.md): outside the admin role a home's data is shown
 * only aggregated over groups of at least N homes, admins' reads of a single home are logged, and raw household
 * readings older than the retention period are thinned to the daily rollups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.heerlen.energiemonitor.privacy;
