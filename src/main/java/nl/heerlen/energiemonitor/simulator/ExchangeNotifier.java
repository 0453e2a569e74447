package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the registry that a meter was exchanged, as the installer would. The simulator calls no
 * service code: it logs the request of the public API ({@code POST /api/v1/meters/{meterId}/exchanges})
 * for an operator to send, and sends it itself when {@link ExchangeReporting#apiUrl()} is set.
 */
interface ExchangeNotifier {

    Logger LOG = LoggerFactory.getLogger(ExchangeNotifier.class);

    /** One register of a meter exchanged at the moment (values in the channel's canonical unit). */
    void exchanged(MeterSeed meter, Channel channel, Instant at, double finalReadingOld, double startReadingNew);

    static ExchangeNotifier of(ExchangeReporting reporting) {
        return reporting.posts() ? new HttpExchangeNotifier(reporting) : ExchangeNotifier::log;
    }

    static void log(MeterSeed meter, Channel channel, Instant at, double finalReadingOld, double startReadingNew) {
        LOG.info("Simulated meter exchange, to register: POST /api/v1/meters/{}/exchanges {}", meter.id(),
                body(channel, at, finalReadingOld, startReadingNew));
    }

    /** The request body of the registry API. */
    static String body(Channel channel, Instant at, double finalReadingOld, double startReadingNew) {
        return String.format(Locale.ROOT, "{\"channel\":\"%s\",\"exchangedAt\":\"%s\",\"finalReadingOld\":%.6f,"
                + "\"startReadingNew\":%.6f}", channel.wireName(), ReadingPayload.timestamp(at), finalReadingOld,
                startReadingNew);
    }
}
