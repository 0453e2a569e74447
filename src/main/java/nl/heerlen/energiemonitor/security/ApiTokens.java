package nl.heerlen.energiemonitor.security;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Installers' API tokens. A token has 256 random bits, so a plain SHA-256 of it is safe to store (no slow hash
 * needed); the token itself is returned once, at creation.
 */
@Service
class ApiTokens {
    static final String PREFIX = "emt_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.time.Duration LOOKUP_TIMEOUT = java.time.Duration.ofSeconds(5);

    private final DatabaseClient db;
    private final AsyncLoadingCache<String, Optional<CurrentUser>> verified;

    ApiTokens(DatabaseClient db, SecurityProperties properties) {
        this.db = db;
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.tokenCacheTtl())
                .buildAsync((hash, executor) -> lookUp(hash).map(Optional::of).defaultIfEmpty(Optional.empty()).toFuture());
    }

    record IssuedToken(UUID id, String installerId, String label, String token) {
    }

    Mono<IssuedToken> issue(String installer, String label) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        return db.sql("insert into installer_token (id, installer_id, label, token_hash) values (:id, :i, :l, :h)")
                .bind("id", id).bind("i", installer).bind("l", label).bind("h", hash(token))
                .fetch().rowsUpdated().thenReturn(new IssuedToken(id, installer, label, token));
    }

    Mono<Boolean> revoke(String installer, UUID id) {
        return db.sql("update installer_token set revoked_at = now() where id = :id and installer_id = :i and revoked_at is null")
                .bind("id", id).bind("i", installer).fetch().rowsUpdated()
                .map(n -> n > 0)
                .doOnNext(revoked -> verified.synchronous().invalidateAll());
    }

    Mono<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Mono.empty();
        }
        String hash = hash(token);
        // A token check must never hang a request: a lookup that does not answer in time counts as a failed login.
        return Mono.fromFuture(() -> verified.get(hash), true).flatMap(Mono::justOrEmpty)
                .timeout(LOOKUP_TIMEOUT, Mono.defer(() -> {
                    verified.synchronous().invalidate(hash);
                    return Mono.empty();
                }));
    }

    private Mono<CurrentUser> lookUp(String hash) {
        return db.sql("select installer_id from installer_token where token_hash = :h and revoked_at is null")
                .bind("h", hash)
                .map(row -> row.get("installer_id", String.class))
                .one()
                .map(installer -> new CurrentUser("installer:" + installer, Role.INSTALLER, installer));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
