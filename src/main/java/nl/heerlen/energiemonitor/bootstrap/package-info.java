/**
 * Start-up infrastructure: before the application context exists it decides whether the configured PostgreSQL
 * and MQTT broker are used or embedded ones are started (with their data under {@code energiemonitor.bootstrap.data-dir}),
 * and derives the Flyway JDBC settings from the R2DBC ones.
 */
package nl.heerlen.energiemonitor.bootstrap;
