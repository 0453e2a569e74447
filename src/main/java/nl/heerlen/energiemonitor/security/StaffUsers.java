package nl.heerlen.energiemonitor.security;

import java.util.List;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** Staff logins from configuration; in production, the documented local passwords are refused at start-up. */
final class StaffUsers {
    private StaffUsers() {
    }

    static MapReactiveUserDetailsService from(SecurityProperties properties) {
        List<UserDetails> users = properties.users().stream().map(u -> {
            if (properties.refuseLocalDefaults() && isLocalDefault(u.password())) {
                throw new IllegalStateException("Refusing to start: staff user '" + u.name() + "' has a local default or "
                        + "unencoded password; set ENERGIEMONITOR_SECURITY_USERS_n_PASSWORD to a {bcrypt} hash");
            }
            return User.withUsername(u.name()).password(u.password()).roles(Role.parse(u.role()).name()).build();
        }).toList();
        if (users.isEmpty()) {
            // An empty map is refused by Spring; a user nobody can log in as keeps login closed.
            return new MapReactiveUserDetailsService(User.withUsername("nobody").password("{noop}").roles("NONE")
                    .disabled(true).build());
        }
        return new MapReactiveUserDetailsService(users);
    }

    static boolean isLocalDefault(String password) {
        return password.startsWith("{noop}") || password.endsWith("-local") || !password.startsWith("{");
    }
}
