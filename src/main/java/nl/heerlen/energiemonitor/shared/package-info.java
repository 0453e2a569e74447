/**
 * Shared owns the few value types every module speaks: the Amsterdam calendar and time ranges given by users.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.heerlen.energiemonitor.shared;
