package nl.heerlen.energiemonitor.support;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Web clients logged in as each role, with the local default staff logins of application.yml. */
public final class TestUsers {
    private TestUsers() {
    }

    public static WebTestClient admin(WebTestClient web) {
        return web.mutate().defaultHeaders(h -> h.setBasicAuth("admin", "admin-local")).build();
    }

    public static WebTestClient analyst(WebTestClient web) {
        return web.mutate().defaultHeaders(h -> h.setBasicAuth("analyst", "analyst-local")).build();
    }

    public static WebTestClient installer(WebTestClient web, String apiToken) {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(apiToken)).build();
    }

    /** Issues an API token for the installer through the admin API and returns it. */
    public static String tokenFor(WebTestClient web, String installerId) {
        return admin(web).post().uri("/api/v1/admin/installers/{id}/tokens", installerId)
                .bodyValue(java.util.Map.of("label", "test")).exchange().expectStatus().isCreated()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("token").toString();
    }
}
