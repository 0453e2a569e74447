package nl.heerlen.energiemonitor.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Maps the authentication of any login method (staff login, API token, OIDC token) to a {@link CurrentUser}. */
final class CurrentUserResolver {
    private CurrentUserResolver() {
    }

    static Optional<CurrentUser> resolve(Authentication authentication) {
        if (authentication instanceof ApiTokenAuthentication token) {
            return Optional.of(token.user());
        }
        for (Role role : new Role[] {Role.ADMIN, Role.ANALYST}) {
            if (authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(role.authority()::equals)) {
                return Optional.of(new CurrentUser(authentication.getName(), role, null));
            }
        }
        return Optional.empty();
    }
}
