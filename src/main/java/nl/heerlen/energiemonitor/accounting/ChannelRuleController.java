package nl.heerlen.energiemonitor.accounting;

import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.security.CurrentUser;
import nl.heerlen.energiemonitor.shared.BadRequest;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A channel's accounting rules (reset tolerance, plausible maximum rate, register maximum); changing them recomputes
 * the whole channel, and queues its set-aside ranges ({@link FailedRanges}) again: the new rule may be their fix.
 */
@RestController
class ChannelRuleController {
    private final DatabaseClient db;
    private final MeterCatalog catalog;
    private final TransactionalOperator transaction;
    private final FailedRanges failures;

    ChannelRuleController(DatabaseClient db, MeterCatalog catalog, TransactionalOperator transaction,
                          FailedRanges failures) {
        this.db = db;
        this.catalog = catalog;
        this.transaction = transaction;
        this.failures = failures;
    }

    record ChannelRules(Double resetTolerance, Double maxRatePerHour, Double registerMax) {
        ChannelRules {
            if (resetTolerance != null && !(resetTolerance >= 0) || maxRatePerHour != null && !(maxRatePerHour > 0)
                    || registerMax != null && !(registerMax > 0)) {
                throw new IllegalArgumentException("resetTolerance must be >= 0, maxRatePerHour and registerMax > 0");
            }
        }
    }

    @PutMapping("/api/v1/meters/{meterId}/channels/{channel}/rules")
    Mono<ChannelRules> set(@PathVariable String meterId, @PathVariable String channel, @RequestBody ChannelRules rules) {
        MeterId id = BadRequest.unless(() -> new MeterId(meterId));
        Channel c = Channel.fromWireName(channel).filter(Channel::cumulative).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "rules apply to cumulative channels"));
        return catalog.find(id)
                .filterWhen(m -> CurrentUser.get().map(u -> u.mayChange(m.installerId().value())).defaultIfEmpty(false))
                .filter(m -> m.kind().hasChannel(c))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown meter or channel")))
                .flatMap(m -> upsert(meterId, c.wireName(), rules)
                        .then(db.sql("""
                                insert into accounting_dirty (meter_id, channel, from_ts, to_ts)
                                select meter_id, channel, min(ts), max(ts) from reading where meter_id = :m and channel = :c
                                group by meter_id, channel""").bind("m", meterId).bind("c", c.wireName()).fetch().rowsUpdated())
                        .then(failures.retry(meterId, c.wireName()))
                        .as(transaction::transactional))
                .thenReturn(rules);
    }

    private Mono<Long> upsert(String meter, String channel, ChannelRules rules) {
        var spec = db.sql("""
                insert into meter_channel_rule (meter_id, channel, reset_tolerance, max_rate_per_hour, register_max)
                values (:m, :c, :t, :r, :x) on conflict (meter_id, channel) do update set
                reset_tolerance = excluded.reset_tolerance, max_rate_per_hour = excluded.max_rate_per_hour,
                register_max = excluded.register_max""").bind("m", meter).bind("c", channel);
        spec = rules.resetTolerance() == null ? spec.bindNull("t", Double.class) : spec.bind("t", rules.resetTolerance());
        spec = rules.maxRatePerHour() == null ? spec.bindNull("r", Double.class) : spec.bind("r", rules.maxRatePerHour());
        spec = rules.registerMax() == null ? spec.bindNull("x", Double.class) : spec.bind("x", rules.registerMax());
        return spec.fetch().rowsUpdated();
    }
}
