package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Recomputes the quarter-hour average, minimum and maximum of an instantaneous channel (power, temperature) in the
 * quarters its changed readings fall in. Energy channels are recomputed set-based by {@link BatchRecomputer}.
 */
@Component
class RollupRecomputer {
    private final RollupWriter writer;

    RollupRecomputer(RollupWriter writer) {
        this.writer = writer;
    }

    Mono<Void> recompute(DirtyRange range) {
        Instant from = Resolution.QUARTER_HOUR.floor(range.from());
        Instant to = Resolution.QUARTER_HOUR.next(range.to());
        return writer.replaceMeasurements(range.meterId(), range.channel(), from, to);
    }

    /** The exchanges inside the loaded readings: (first ts, last ts]. */
    static List<MeterExchange> within(List<MeterExchange> exchanges, List<RegisterReading> readings) {
        if (readings.isEmpty()) {
            return List.of();
        }
        Instant first = readings.get(0).ts();
        Instant last = readings.get(readings.size() - 1).ts();
        return exchanges.stream().filter(x -> x.at().isAfter(first) && !x.at().isAfter(last)).toList();
    }
}
