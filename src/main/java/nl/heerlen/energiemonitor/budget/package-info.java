/**
 * Budget owns euros and the figures a klimaatbegroting is computed with: the measures of the coalition agreement with
 * their KPIs, budget lines, emission factors, assumptions, the PALET path and the Klimaatmonitor statistics. Each
 * figure carries its source and whether it is sourced, illustrative or still to verify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget")
package nl.heerlen.energiemonitor.budget;
