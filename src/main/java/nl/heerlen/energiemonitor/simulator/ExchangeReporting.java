package nl.heerlen.energiemonitor.simulator;

/**
 * Where a simulated meter exchange is reported, under {@code energiemonitor.simulator.exchanges}.
 * An installer tells the registry about a swap; the simulator does so through the public HTTP API
 * ({@code POST {api-url}/api/v1/meters/{meterId}/exchanges}) when {@code apiUrl} is set, and always
 * logs it with the request an operator can send by hand.
 *
 * @param apiUrl   base URL of the service's HTTP API, e.g. http://127.0.0.1:8080; blank: only log
 * @param apiToken bearer token sent with the request, if the API requires one
 */
public record ExchangeReporting(String apiUrl, String apiToken) {

    static final ExchangeReporting LOG_ONLY = new ExchangeReporting(null, null);

    boolean posts() {
        return apiUrl != null && !apiUrl.isBlank();
    }
}
