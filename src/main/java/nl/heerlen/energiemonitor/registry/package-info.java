/**
 * The registry owns installers, sites and meters with their channels: every other module asks it who and what a meter is.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package nl.heerlen.energiemonitor.registry;
