package nl.heerlen.energiemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A password is checked once per TTL; a wrong one is always checked and never let in. */
class VerifiedLoginsTests {
    private final AtomicInteger lookups = new AtomicInteger();
    private final MapReactiveUserDetailsService map = new MapReactiveUserDetailsService(User.withUsername("analyst")
            .password("{bcrypt}" + new BCryptPasswordEncoder(4).encode("secret")).roles("ANALYST").build());
    private final ReactiveUserDetailsService counted = name -> {
        lookups.incrementAndGet();
        return map.findByUsername(name);
    };
    private final VerifiedLogins logins = new VerifiedLogins(counted,
            new SecurityProperties(List.of(), Duration.ofSeconds(30), "roles", false));

    @Test
    void aVerifiedPasswordIsNotCheckedAgainWithinTheTtl() {
        for (int i = 0; i < 3; i++) {
            assertThat(logins.authenticate(login("secret")).block().getAuthorities()).extracting(Object::toString)
                    .containsExactly("ROLE_ANALYST");
        }
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedEvenAfterTheRightOne() {
        logins.authenticate(login("secret")).block();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> logins.authenticate(login("Secret")).block()).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(lookups).hasValue(3);
    }

    private static UsernamePasswordAuthenticationToken login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("analyst", password);
    }
}
