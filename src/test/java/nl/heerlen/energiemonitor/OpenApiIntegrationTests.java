package nl.heerlen.energiemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document served by the service lists exactly the endpoints the service really has. */
@IntegrationTest
class OpenApiIntegrationTests extends IntegrationTestSupport {
    @Autowired
    WebTestClient anonymous;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDocumentedAndEveryDocumentedPathExists() {
        Map<?, ?> document = anonymous.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Set<String> documented = new TreeSet<>();
        ((Map<?, ?>) document.get("paths")).forEach((path, operations) -> ((Map<?, ?>) operations).keySet()
                .forEach(method -> documented.add(method.toString().toUpperCase() + " " + path)));

        Set<String> real = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns().forEach(pattern -> {
            String path = pattern.getPatternString();
            if (path.startsWith("/api/")) {
                info.getMethodsCondition().getMethods().forEach(m -> real.add(m.name() + " " + path));
            }
        }));
        documented.removeIf(operation -> !operation.contains(" /api/"));

        assertThat(real).isNotEmpty().contains("POST /api/v1/readings", "GET /api/v1/meters", "GET /api/v1/klimaatbegroting/{year}");
        assertThat(documented).isEqualTo(real);
        assertThat(document.get("openapi").toString()).startsWith("3.");
    }
}
