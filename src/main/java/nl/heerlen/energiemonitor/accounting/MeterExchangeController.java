package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.accounting.RollupRows.utc;

import java.time.OffsetDateTime;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.security.CurrentUser;
import nl.heerlen.energiemonitor.shared.BadRequest;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Registers a register exchange; the affected rollups are recomputed by the worker. */
@RestController
class MeterExchangeController {
    private final DatabaseClient db;
    private final MeterCatalog catalog;
    private final TransactionalOperator transaction;

    MeterExchangeController(DatabaseClient db, MeterCatalog catalog, TransactionalOperator transaction) {
        this.db = db;
        this.catalog = catalog;
        this.transaction = transaction;
    }

    record ExchangeRequest(String channel, OffsetDateTime exchangedAt, Double finalReadingOld, Double startReadingNew) {
        MeterExchange validated() {
            Channel c = Channel.fromWireName(channel).filter(Channel::cumulative)
                    .orElseThrow(() -> new IllegalArgumentException("channel must be a cumulative channel"));
            if (exchangedAt == null || finalReadingOld == null || startReadingNew == null) {
                throw new IllegalArgumentException("exchangedAt, finalReadingOld and startReadingNew are required");
            }
            return new MeterExchange(exchangedAt.toInstant(), finalReadingOld, startReadingNew);
        }
    }

    record ExchangeView(String channel, String exchangedAt, double finalReadingOld, double startReadingNew) {
    }

    @PostMapping("/api/v1/meters/{meterId}/exchanges")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ExchangeView> register(@PathVariable String meterId, @RequestBody ExchangeRequest request) {
        MeterId id = BadRequest.unless(() -> new MeterId(meterId));
        MeterExchange exchange = BadRequest.unless(request::validated);
        return catalog.find(id)
                .filterWhen(meter -> CurrentUser.get().map(u -> u.mayChange(meter.installerId().value())).defaultIfEmpty(false))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown meter " + meterId)))
                .flatMap(meter -> db.sql("""
                                insert into meter_exchange (meter_id, channel, exchanged_at, final_reading_old, start_reading_new)
                                values (:m, :c, :at, :old, :new)""")
                        .bind("m", meterId).bind("c", request.channel()).bind("at", utc(exchange.at()))
                        .bind("old", exchange.finalReadingOld()).bind("new", exchange.startReadingNew())
                        .fetch().rowsUpdated()
                        .then(db.sql("insert into accounting_dirty (meter_id, channel, from_ts, to_ts) values (:m, :c, :at, :at)")
                                .bind("m", meterId).bind("c", request.channel()).bind("at", utc(exchange.at()))
                                .fetch().rowsUpdated())
                        .as(transaction::transactional))
                .onErrorMap(org.springframework.dao.DataIntegrityViolationException.class,
                        e -> new ResponseStatusException(HttpStatus.CONFLICT, "an exchange at that time is already registered"))
                .thenReturn(new ExchangeView(request.channel(), request.exchangedAt().toString(),
                        exchange.finalReadingOld(), exchange.startReadingNew()));
    }

    @GetMapping("/api/v1/meters/{meterId}/exchanges")
    Flux<ExchangeView> list(@PathVariable String meterId) {
        return catalog.findVisible(BadRequest.unless(() -> new MeterId(meterId))).flatMapMany(meter -> db.sql("select channel, exchanged_at, final_reading_old, start_reading_new from meter_exchange where meter_id = :m order by exchanged_at")
                .bind("m", meterId)
                .map(row -> new ExchangeView(row.get("channel", String.class),
                        row.get("exchanged_at", OffsetDateTime.class).toInstant().toString(),
                        row.get("final_reading_old", Double.class), row.get("start_reading_new", Double.class)))
                .all());
    }
}
