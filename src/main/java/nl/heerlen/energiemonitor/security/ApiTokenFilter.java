package nl.heerlen.energiemonitor.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import reactor.core.publisher.Mono;

/** Authenticates requests that carry an installer API token ({@code Authorization: Bearer emt_…}). */
final class ApiTokenFilter {
    private ApiTokenFilter() {
    }

    static AuthenticationWebFilter create(ApiTokens tokens) {
        AuthenticationWebFilter filter = new AuthenticationWebFilter((org.springframework.security.authentication.ReactiveAuthenticationManager) authentication ->
                tokens.authenticate((String) authentication.getCredentials())
                        .<org.springframework.security.core.Authentication>map(ApiTokenAuthentication::new)
                        .switchIfEmpty(Mono.error(new BadCredentialsException("unknown or revoked API token"))));
        filter.setRequiresAuthenticationMatcher(exchange -> apiToken(exchange.getRequest().getHeaders()) != null
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch());
        filter.setServerAuthenticationConverter(exchange -> Mono.justOrEmpty(apiToken(exchange.getRequest().getHeaders()))
                .map(token -> new PreAuthenticatedAuthenticationToken(token, token)));
        filter.setAuthenticationFailureHandler((webFilterExchange, e) ->
                ProblemResponses.write(webFilterExchange.getExchange(), org.springframework.http.HttpStatus.UNAUTHORIZED,
                        "Unknown or revoked API token"));
        return filter;
    }

    /** Bearer tokens that are not ours, for the OIDC resource server. */
    static ServerAuthenticationConverter otherBearerTokens() {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> apiToken(exchange.getRequest().getHeaders()) != null ? Mono.empty() : bearer.convert(exchange);
    }

    static String apiToken(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (value == null || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).trim();
        return token.startsWith(ApiTokens.PREFIX) ? token : null;
    }
}
