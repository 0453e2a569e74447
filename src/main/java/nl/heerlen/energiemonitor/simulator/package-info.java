/**
 * The device simulator: it owns a demo fleet of installers' meters that publish plausible readings over the public MQTT contract, reading nothing but the public seeds files.
 */
package nl.heerlen.energiemonitor.simulator;
