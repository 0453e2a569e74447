/**
 * Report owns the klimaatbegroting: it combines measured energy from the accounting with the registry into the yearly report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report")
package nl.heerlen.energiemonitor.report;
