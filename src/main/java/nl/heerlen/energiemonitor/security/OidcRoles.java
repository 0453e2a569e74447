package nl.heerlen.energiemonitor.security;

import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/** Staff from the municipality's identity provider: roles admin or analyst in a configurable claim. */
final class OidcRoles {
    private OidcRoles() {
    }

    static Converter<Jwt, Mono<AbstractAuthenticationToken>> converter(String claim) {
        return jwt -> {
            Collection<String> roles = jwt.hasClaim(claim) ? jwt.getClaimAsStringList(claim) : List.of();
            var authorities = roles.stream()
                    .filter(r -> r.equalsIgnoreCase("admin") || r.equalsIgnoreCase("analyst"))
                    .map(r -> new SimpleGrantedAuthority(Role.parse(r).authority())).toList();
            return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getClaimAsString("preferred_username")));
        };
    }
}
