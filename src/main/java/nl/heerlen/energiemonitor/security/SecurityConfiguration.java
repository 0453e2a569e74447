package nl.heerlen.energiemonitor.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/** Who may call what. Every write needs authentication; anonymous users read published reports only. */
@Configuration
@EnableWebFluxSecurity
class SecurityConfiguration {
    static final String[] ADMIN_ANALYST = {"ADMIN", "ANALYST"};

    @Bean
    MapReactiveUserDetailsService staffUsers(SecurityProperties properties) {
        return StaffUsers.from(properties);
    }

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ApiTokens tokens, SecurityProperties properties,
                                       MapReactiveUserDetailsService staffUsers,
                                       ObjectProvider<ReactiveJwtDecoder> jwtDecoder) {
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .httpBasic(basic -> basic.authenticationManager(new VerifiedLogins(staffUsers, properties))
                        .authenticationEntryPoint(ProblemResponses.unauthorized()))
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .addFilterAt(ApiTokenFilter.create(tokens), SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(rules -> rules
                        .pathMatchers(GET, "/", "/index.html", "/favicon.ico", "/assets/**", "/rapport/**",
                                "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
                                "/docs/**").permitAll()
                        // Published versions are public; the controller keeps drafts for staff.
                        .pathMatchers(GET, "/api/v1/klimaatbegroting/**").permitAll()
                        .pathMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .pathMatchers("/api/v1/installers/me/**").hasRole("INSTALLER")
                        .pathMatchers(POST, "/api/v1/readings", "/api/v1/ingest-jobs/**").hasAnyRole("INSTALLER", "ADMIN")
                        .pathMatchers(PUT, "/api/v1/ingest-jobs/**").hasAnyRole("INSTALLER", "ADMIN")
                        .pathMatchers(GET, "/api/v1/ingest-jobs/**").hasAnyRole("INSTALLER", "ADMIN")
                        // Installers register and edit their own meters; the handlers check ownership.
                        .pathMatchers(POST, "/api/v1/meters", "/api/v1/meters/**").hasAnyRole("INSTALLER", "ADMIN")
                        .pathMatchers(PUT, "/api/v1/meters/**").hasAnyRole("INSTALLER", "ADMIN")
                        .pathMatchers(GET, "/api/v1/meters", "/api/v1/meters/**").hasAnyRole("INSTALLER", "ADMIN", "ANALYST")
                        .pathMatchers(GET, "/api/v1/**", "/actuator/**").hasAnyRole(ADMIN_ANALYST)
                        .anyExchange().hasRole("ADMIN"));
        ReactiveJwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(oauth -> oauth
                    .bearerTokenConverter(ApiTokenFilter.otherBearerTokens())
                    .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(OidcRoles.converter(properties.rolesClaim()))));
        }
        return http.build();
    }
}
