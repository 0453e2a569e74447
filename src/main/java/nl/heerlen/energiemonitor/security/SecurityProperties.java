package nl.heerlen.energiemonitor.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param users staff logins for local use; passwords in Spring's {id}encoded form ({bcrypt}…, {noop}… only locally)
 * @param tokenCacheTtl how long a verified API token is trusted before it is looked up again (revocation delay)
 * @param rolesClaim the claim of an OIDC access token that lists roles (admin, analyst)
 * @param refuseLocalDefaults refuse to start with the documented local passwords or {noop} passwords (production)
 */
@ConfigurationProperties("energiemonitor.security")
public record SecurityProperties(
        @DefaultValue List<StaffUser> users,
        @DefaultValue("30s") Duration tokenCacheTtl,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("false") boolean refuseLocalDefaults) {

    /** A staff login. */
    public record StaffUser(String name, String password, String role) {
        public StaffUser {
            if (name == null || name.isBlank() || password == null || password.isBlank()) {
                throw new IllegalArgumentException("a staff user needs a name and a password");
            }
            if (Role.parse(role) == Role.INSTALLER) {
                throw new IllegalArgumentException("installers authenticate with API tokens, not staff logins");
            }
        }
    }
}
