package nl.heerlen.energiemonitor.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff from the municipality's identity provider: access tokens signed by its key, roles in a claim. */
@IntegrationTest
class OidcIntegrationTests extends IntegrationTestSupport {
    private static final KeyPair KEYS = keys();

    @Autowired
    WebTestClient anonymous;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("idp-public", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Test
    void analystsAndAdminsFromTheIdentityProviderGetTheirRoles() throws Exception {
        bearer(token(List.of("analyst"))).get().uri("/api/v1/meters").exchange().expectStatus().isOk();
        bearer(token(List.of("analyst"))).post().uri("/api/v1/admin/installers/zonnewerk/tokens")
                .bodyValue(Map.of("label", "x")).exchange().expectStatus().isForbidden();
        bearer(token(List.of("admin"))).post().uri("/api/v1/admin/installers/zonnewerk/tokens")
                .bodyValue(Map.of("label", "x")).exchange().expectStatus().isCreated();
    }

    @Test
    void tokensWithoutARoleOrWithAForeignSignatureGetNothing() throws Exception {
        bearer(token(List.of())).get().uri("/api/v1/meters").exchange().expectStatus().isForbidden();
        KeyPair other = keys();
        bearer(sign(List.of("admin"), other)).get().uri("/api/v1/meters").exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient bearer(String token) {
        return anonymous.mutate().defaultHeaders(h -> h.setBearerAuth(token)).build();
    }

    private static String token(List<String> roles) throws Exception {
        return sign(roles, KEYS);
    }

    private static String sign(List<String> roles, KeyPair keys) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("medewerker").claim("preferred_username", "medewerker")
                .claim("roles", roles).expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
