/**
 * Ingest owns the way in: it receives meter messages, validates them and converts units, stores good readings and keeps every rejected one with its reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package nl.heerlen.energiemonitor.ingest;
