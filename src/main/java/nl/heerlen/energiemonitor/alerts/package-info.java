/**
 * Alerts owns the service's own judgement of the fleet: it periodically finds offline meters (sun-aware for PV),
 * underperforming PV roofs, implausible Mijnwater temperatures and an unhealthy ingest, and exposes them in the API,
 * the database (for Grafana) and as low-cardinality Prometheus gauges.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
package nl.heerlen.energiemonitor.alerts;
