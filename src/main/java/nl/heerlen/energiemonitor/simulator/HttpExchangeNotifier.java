package nl.heerlen.energiemonitor.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Registers exchanges through the service's public HTTP API, like an installer's tool. A failure is
 * logged with the request, so that an operator can send it by hand; 409 means it is already there.
 */
final class HttpExchangeNotifier implements ExchangeNotifier {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExchangeReporting reporting;

    HttpExchangeNotifier(ExchangeReporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public void exchanged(MeterSeed meter, Channel channel, Instant at, double finalReadingOld, double startReadingNew) {
        String body = ExchangeNotifier.body(channel, at, finalReadingOld, startReadingNew);
        URI uri = URI.create(reporting.apiUrl().replaceAll("/+$", "") + "/api/v1/meters/" + meter.id() + "/exchanges");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (reporting.authorization() != null) {
            request.header("Authorization", reporting.authorization());
        }
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2 || status == 409) {
                LOG.info("Simulated meter exchange registered ({}): {} {}", status, meter.id(), body);
            } else {
                LOG.warn("Simulated meter exchange not registered (HTTP {}); send by hand: POST {} {}", status, uri, body);
            }
        } catch (IOException e) {
            LOG.warn("Simulated meter exchange not registered ({}); send by hand: POST {} {}", e.getMessage(), uri, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
