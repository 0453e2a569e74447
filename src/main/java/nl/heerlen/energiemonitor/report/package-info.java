/**
 * Report owns the klimaatbegroting: it combines measured energy (accounting), meters and sites (registry) and the
 * budget data (euros, factors, assumptions, PALET) into the yearly report as JSON, HTML, PDF and CSV, keeps the
 * published versions, and serves the landing page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report")
package nl.heerlen.energiemonitor.report;
