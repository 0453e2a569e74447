package nl.heerlen.energiemonitor.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import reactor.core.publisher.Mono;

/**
 * HTTP Basic logins, each password checked once per TTL: a bcrypt check costs about 100 ms of CPU (more on a busy
 * machine), and HTTP Basic sends the password with every request, so without this every staff request paid it (a
 * meter's day view took 0.5-1 s, benchmark 4). Only successful logins are kept, under a salted SHA-256 of the
 * password (never the password), for as long as a verified API token; wrong passwords always pay the full check.
 */
final class VerifiedLogins implements ReactiveAuthenticationManager {
    private final ReactiveAuthenticationManager checked;
    private final Cache<String, Authentication> verified;
    private final byte[] salt = new byte[16];

    VerifiedLogins(ReactiveUserDetailsService users, SecurityProperties properties) {
        this.checked = new UserDetailsRepositoryReactiveAuthenticationManager(users);
        this.verified = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(properties.tokenCacheTtl()).build();
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Mono<Authentication> authenticate(Authentication login) {
        if (!(login.getCredentials() instanceof String password)) {
            return checked.authenticate(login);
        }
        String key = login.getName() + '\u0000' + digest(password);
        Authentication known = verified.getIfPresent(key);
        return known != null ? Mono.just(known)
                : checked.authenticate(login).doOnNext(a -> verified.put(key, a));
    }

    private String digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
