package nl.heerlen.energiemonitor.ingest;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.heerlen.energiemonitor.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits the HTTP ingest requests of each installer (one Resilience4j rate limiter per installer id): beyond the limit,
 * 429 as a problem detail with Retry-After. Runs after Spring Security, so the installer is known; staff are exempt.
 */
@Component
class IngestRateLimitFilter implements WebFilter {
    private final RateLimitProperties properties;
    private final RateLimiterRegistry limiters;

    IngestRateLimitFilter(RateLimitProperties properties) {
        this.properties = properties;
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(properties.requests())
                .limitRefreshPeriod(properties.period())
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!properties.enabled() || !isIngest(exchange)) {
            return chain.filter(exchange);
        }
        return CurrentUser.get()
                .filter(user -> user.installer() != null)
                .map(user -> limiters.rateLimiter(user.installer()).acquirePermission())
                .defaultIfEmpty(true)
                .flatMap(allowed -> allowed ? chain.filter(exchange) : tooManyRequests(exchange));
    }

    private static boolean isIngest(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        HttpMethod method = exchange.getRequest().getMethod();
        return (HttpMethod.POST.equals(method) && (path.equals("/api/v1/readings") || path.equals("/api/v1/ingest-jobs")))
                || (HttpMethod.PUT.equals(method) && path.startsWith("/api/v1/ingest-jobs/"));
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange) {
        var response = exchange.getResponse();
        long retryAfter = Math.max(1, (properties.period().toMillis() + 999) / 1000);
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"more than "
                + properties.requests() + " ingest requests per " + properties.period().toMillis()
                + " ms for this installer; retry after " + retryAfter + " s\",\"instance\":\""
                + exchange.getRequest().getPath().value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }
}
