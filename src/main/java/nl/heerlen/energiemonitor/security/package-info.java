/**
 * Security owns who is asking: staff logins, installers' API tokens, roles, and the rules of who may do what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package nl.heerlen.energiemonitor.security;
