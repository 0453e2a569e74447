package nl.heerlen.energiemonitor.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An installer authenticated by one of its API tokens. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {
    private final CurrentUser user;

    ApiTokenAuthentication(CurrentUser user) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.user = user;
        setAuthenticated(true);
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user.name();
    }
}
