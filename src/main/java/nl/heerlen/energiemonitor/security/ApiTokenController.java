package nl.heerlen.energiemonitor.security;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Admins issue and revoke installers' API tokens; the token is in the response once and never again. */
@RestController
class ApiTokenController {
    private final ApiTokens tokens;
    private final DatabaseClient db;

    ApiTokenController(ApiTokens tokens, DatabaseClient db) {
        this.tokens = tokens;
        this.db = db;
    }

    record TokenRequest(String label) {
    }

    record TokenView(String id, String label, String createdAt, String revokedAt) {
    }

    @PostMapping("/api/v1/admin/installers/{installerId}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ApiTokens.IssuedToken> issue(@PathVariable String installerId, @RequestBody(required = false) TokenRequest request) {
        String installer = validInstaller(installerId);
        String label = request == null || request.label() == null ? "token" : request.label();
        if (label.length() > 100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "label is at most 100 characters");
        }
        return db.sql("select count(*) as n from installer where id = :i").bind("i", installer)
                .map(row -> row.get("n", Long.class)).one()
                .flatMap(n -> n == 0 ? Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown installer"))
                        : tokens.issue(installer, label));
    }

    @GetMapping("/api/v1/admin/installers/{installerId}/tokens")
    Flux<TokenView> list(@PathVariable String installerId) {
        return db.sql("select id, label, created_at::text as c, revoked_at::text as r from installer_token where installer_id = :i order by created_at")
                .bind("i", installerId)
                .map(row -> new TokenView(row.get("id", UUID.class).toString(), row.get("label", String.class),
                        row.get("c", String.class), row.get("r", String.class)))
                .all();
    }

    @DeleteMapping("/api/v1/admin/installers/{installerId}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> revoke(@PathVariable String installerId, @PathVariable UUID tokenId) {
        String installer = validInstaller(installerId);
        return tokens.revoke(installer, tokenId).flatMap(revoked -> revoked ? Mono.<Void>empty()
                : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such active token")));
    }

    private static String validInstaller(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid installer id");
        }
        return id;
    }
}
