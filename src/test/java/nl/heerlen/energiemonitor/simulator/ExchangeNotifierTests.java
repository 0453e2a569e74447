package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exchanges go to the registry's public API as an installer's tool would send them. */
class ExchangeNotifierTests {

    private static final MeterSeed METER = FieldDeviceTests.DEMO.get(10);
    private static final Instant AT = Instant.parse("2025-03-04T10:15:03Z");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer registry;
    private int status = 201;

    @BeforeEach
    void startRegistry() throws IOException {
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        registry.start();
    }

    @AfterEach
    void stopRegistry() {
        registry.stop(0);
    }

    @Test
    void postsTheRegistryApisJsonWithTheBearerToken() {
        ExchangeNotifier notifier = ExchangeNotifier.of(new ExchangeReporting(url() + "/", "token-1", "admin", "ignored"));

        notifier.exchanged(METER, Channel.HEAT_ENERGY, AT, 1234.5, 0.25);

        assertThat(requests).containsExactly("POST /api/v1/meters/heat-maankwartier/exchanges Bearer token-1 "
                + "application/json {\"channel\":\"heat_energy\",\"exchangedAt\":\"2025-03-04T11:15:03+01:00\","
                + "\"finalReadingOld\":1234.500000,\"startReadingNew\":0.250000}");
    }

    @Test
    void withoutATokenAStaffLoginGoesAsHttpBasic() {
        ExchangeNotifier.of(new ExchangeReporting(url(), " ", "admin", "admin-local"))
                .exchanged(METER, Channel.VOLUME, AT, 5, 0);

        String basic = java.util.Base64.getEncoder().encodeToString("admin:admin-local".getBytes(StandardCharsets.UTF_8));
        assertThat(requests).singleElement().asString()
                .startsWith("POST /api/v1/meters/heat-maankwartier/exchanges Basic " + basic + " application/json");
    }

    @Test
    void aRefusalOrAnUnreachableRegistryIsLoggedNotThrown() {
        status = 403;
        ExchangeNotifier.of(new ExchangeReporting(url(), null, null, null)).exchanged(METER, Channel.VOLUME, AT, 5, 0);
        registry.stop(0);
        ExchangeNotifier.of(new ExchangeReporting(url(), null, null, null)).exchanged(METER, Channel.VOLUME, AT, 5, 0);

        assertThat(requests).singleElement().asString().startsWith("POST /api/v1/meters/heat-maankwartier/exchanges null");
    }

    @Test
    void withoutAnApiUrlItOnlyLogs() {
        ExchangeNotifier.of(ExchangeReporting.LOG_ONLY).exchanged(METER, Channel.VOLUME, AT, 5, 0);

        assertThat(requests).isEmpty();
    }

    private String url() {
        return "http://127.0.0.1:" + registry.getAddress().getPort();
    }
}
