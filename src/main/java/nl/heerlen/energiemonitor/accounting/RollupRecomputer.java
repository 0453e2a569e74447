package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Recomputes the rollups touched by changed readings: only the quarter hours that the changed intervals overlap,
 * and the Amsterdam days that contain them.
 */
@Component
class RollupRecomputer {
    private final RollupRows rows;
    private final RollupWriter writer;
    private final MeterCatalog catalog;
    private final ChannelRulesFactory rules;
    private final DatabaseClient db;

    RollupRecomputer(RollupRows rows, RollupWriter writer, MeterCatalog catalog, ChannelRulesFactory rules,
                     DatabaseClient db) {
        this.rows = rows;
        this.writer = writer;
        this.catalog = catalog;
        this.rules = rules;
        this.db = db;
    }

    Mono<Void> recompute(DirtyRange range) {
        Channel channel = Channel.fromWireName(range.channel()).orElse(null);
        if (channel == null || !MeterId.isValid(range.meterId())) {
            return Mono.empty();
        }
        // Serialises work on one channel across instances; released at commit.
        Mono<Void> lock = db.sql("select pg_advisory_xact_lock(hashtext(:k))").bind("k", range.key())
                .fetch().rowsUpdated().then();
        return lock.then(catalog.find(new MeterId(range.meterId()))
                .flatMap(meter -> channel.cumulative() ? energy(meter, range) : measurements(range)));
    }

    private Mono<Void> measurements(DirtyRange range) {
        Instant from = QuarterHours.floor(range.from());
        Instant to = QuarterHours.floor(range.to()).plusSeconds(QuarterHours.SECONDS);
        return writer.replaceMeasurements(range.meterId(), range.channel(), from, to);
    }

    private Mono<Void> energy(Meter meter, DirtyRange range) {
        String m = range.meterId();
        String c = range.channel();
        return rows.neighbours(m, c, range.from(), range.to()).flatMap(near -> {
            Instant from = QuarterHours.floor(near[0] != null ? near[0] : range.from());
            Instant to = QuarterHours.ceil(near[1] != null ? near[1] : range.to());
            Instant toExclusive = to.equals(from) ? from.plusSeconds(QuarterHours.SECONDS) : to;
            return Mono.zip(rows.readingsAround(m, c, from, toExclusive), rows.exchanges(m, c), rules.rulesFor(meter, c))
                    .flatMap(inputs -> {
                        List<RegisterReading> readings = inputs.getT1();
                        List<EnergyInterval> intervals = IntervalCalculator.intervals(readings, inputs.getT3(),
                                within(inputs.getT2(), readings));
                        List<QuarterHour> quarters = QuarterHourSpreader.spread(intervals, from, toExclusive);
                        return writer.replaceQuarterHours(m, c, from, toExclusive, quarters)
                                .then(writer.replaceImplausible(m, c, from, toExclusive, intervals))
                                .then(writer.replaceDays(m, c, dayStart(from), nextDayStart(toExclusive)));
                    });
        });
    }

    /** The exchanges inside the loaded readings: (first ts, last ts]. */
    private static List<MeterExchange> within(List<MeterExchange> exchanges, List<RegisterReading> readings) {
        if (readings.isEmpty()) {
            return List.of();
        }
        Instant first = readings.get(0).ts();
        Instant last = readings.get(readings.size() - 1).ts();
        return exchanges.stream().filter(x -> x.at().isAfter(first) && !x.at().isAfter(last)).toList();
    }

    private static Instant dayStart(Instant t) {
        return AmsterdamCalendar.startOf(t.atZone(AmsterdamCalendar.ZONE).toLocalDate());
    }

    private static Instant nextDayStart(Instant exclusiveEnd) {
        LocalDate lastDay = exclusiveEnd.minusNanos(1).atZone(AmsterdamCalendar.ZONE).toLocalDate();
        return AmsterdamCalendar.startOf(lastDay.plusDays(1));
    }
}
