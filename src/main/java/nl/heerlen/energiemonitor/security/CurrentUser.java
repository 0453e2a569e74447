package nl.heerlen.energiemonitor.security;

import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/**
 * The authenticated user of a request.
 *
 * @param installer the installer company's id for role INSTALLER, otherwise null
 */
public record CurrentUser(String name, Role role, String installer) {
    public CurrentUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if ((role == Role.INSTALLER) != (installer != null)) {
            throw new IllegalArgumentException("an installer user, and only that, belongs to an installer");
        }
    }

    /** The user of the current request; empty for anonymous requests. */
    public static Mono<CurrentUser> get() {
        return ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .flatMap(a -> Mono.justOrEmpty(CurrentUserResolver.resolve(a)));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins and analysts see every meter; an installer only the meters it maintains. */
    public boolean maySee(String owner) {
        return role != Role.INSTALLER || installer.equals(owner);
    }

    /** Admins change every meter; an installer only the meters it maintains; analysts none. */
    public boolean mayChange(String owner) {
        return role == Role.ADMIN || (role == Role.INSTALLER && installer.equals(owner));
    }
}
