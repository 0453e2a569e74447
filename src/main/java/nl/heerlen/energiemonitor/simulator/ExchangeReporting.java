package nl.heerlen.energiemonitor.simulator;

/**
 * Where a simulated meter exchange is reported, under {@code energiemonitor.simulator.exchanges}.
 * An installer tells the registry about a swap; the simulator does so through the public HTTP API
 * ({@code POST {api-url}/api/v1/meters/{meterId}/exchanges}) when {@code apiUrl} is set, and always
 * logs it with the request an operator can send by hand.
 *
 * @param apiUrl      base URL of the service's HTTP API, e.g. http://127.0.0.1:8080; blank: only log
 * @param apiToken    an installer's bearer token sent with the request; it covers only that installer's meters
 * @param apiUsername a staff login sent as HTTP Basic instead, when no token is set; the demo profile uses the local
 *                    default admin, because the demo fleet's meters belong to several installers
 * @param apiPassword that login's password
 */
public record ExchangeReporting(String apiUrl, String apiToken, String apiUsername, String apiPassword) {

    static final ExchangeReporting LOG_ONLY = new ExchangeReporting(null, null, null, null);

    boolean posts() {
        return apiUrl != null && !apiUrl.isBlank();
    }

    /** The Authorization header to send, or null for none. */
    String authorization() {
        if (apiToken != null && !apiToken.isBlank()) {
            return "Bearer " + apiToken;
        }
        if (apiUsername != null && !apiUsername.isBlank()) {
            String login = apiUsername + ":" + (apiPassword == null ? "" : apiPassword);
            return "Basic " + java.util.Base64.getEncoder().encodeToString(login.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return null;
    }
}
