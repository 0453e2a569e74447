package nl.heerlen.energiemonitor.accounting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterCatalog;
import nl.heerlen.energiemonitor.registry.MeterId;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Recomputes the energy rollups of a whole claim of changed ranges with a fixed number of statements (the same rule
 * as {@link RollupRecomputer}, set-based), so a backfill of thousands of meters takes seconds. Instantaneous
 * channels go through {@link RollupRecomputer}.
 */
@Component
class BatchRecomputer {
    private final BatchRollupRows reads;
    private final BatchRollupWriter writes;
    private final RollupRows rows;
    private final RollupRecomputer single;
    private final ChannelRulesFactory rules;
    private final MeterCatalog catalog;

    BatchRecomputer(BatchRollupRows reads, BatchRollupWriter writes, RollupRows rows, RollupRecomputer single,
                    ChannelRulesFactory rules, MeterCatalog catalog) {
        this.reads = reads;
        this.writes = writes;
        this.rows = rows;
        this.single = single;
        this.rules = rules;
        this.catalog = catalog;
    }

    Mono<Void> recompute(List<DirtyRange> claimed) {
        List<DirtyRange> energy = claimed.stream().filter(BatchRecomputer::isEnergy).toList();
        List<DirtyRange> others = claimed.stream().filter(r -> !isEnergy(r))
                .filter(r -> Channel.fromWireName(r.channel()).isPresent() && MeterId.isValid(r.meterId())).toList();
        // All channel locks in one sorted statement, so that concurrent claims cannot deadlock.
        Mono<Void> lock = writes.lock(claimed.stream().map(DirtyRange::key).toList());
        Mono<Void> rest = Flux.fromIterable(others).concatMap(single::recompute).then();
        if (energy.isEmpty()) {
            return lock.then(rest);
        }
        String[] meterIds = energy.stream().map(DirtyRange::meterId).distinct().toArray(String[]::new);
        return lock
                .then(reads.neighbours(RangeArrays.of(energy, bounds(energy))))
                .map(near -> Windows.union(windows(energy, near)))
                .flatMap(windows -> Mono.zip(reads.readings(RangeArrays.of(windows, bounds(windows))),
                                rows.exchanges(meterIds), rows.ruleOverrides(meterIds),
                                Flux.fromArray(meterIds).flatMap(id -> catalog.find(new MeterId(id)), 8).collectMap(m -> m.id().value()))
                        .flatMap(in -> write(windows, in.getT1(), in.getT2(), in.getT3(), in.getT4())))
                .then(rest);
    }

    private Mono<Void> write(List<DirtyRange> windows, Map<Integer, List<RegisterReading>> readings,
                             Map<String, List<MeterExchange>> exchanges, Map<String, Double[]> overrides,
                             Map<String, Meter> meters) {
        List<BatchRollupWriter.ChannelQuarter> quarters = new ArrayList<>();
        List<BatchRollupWriter.ChannelInterval> implausible = new ArrayList<>();
        List<DirtyRange> written = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            DirtyRange w = windows.get(i);
            Meter meter = meters.get(w.meterId());
            if (meter == null) {
                continue;
            }
            written.add(w);
            List<RegisterReading> series = readings.getOrDefault(i + 1, List.of());
            List<EnergyInterval> intervals = IntervalCalculator.intervals(series,
                    rules.rules(meter, overrides.getOrDefault(w.key(), new Double[3])),
                    RollupRecomputer.within(exchanges.getOrDefault(w.key(), List.of()), series));
            QuarterHourSpreader.spread(intervals, w.from(), w.to())
                    .forEach(q -> quarters.add(new BatchRollupWriter.ChannelQuarter(w.meterId(), w.channel(), q)));
            intervals.stream().filter(x -> x.quality() == IntervalQuality.IMPLAUSIBLE)
                    .filter(x -> x.end().isAfter(w.from()) && x.start().isBefore(w.to()))
                    .forEach(x -> implausible.add(new BatchRollupWriter.ChannelInterval(w.meterId(), w.channel(), x)));
        }
        if (written.isEmpty()) {
            return Mono.empty();
        }
        List<DirtyRange> days = Windows.days(written);
        return writes.replaceQuarters(RangeArrays.of(written, bounds(written)), quarters, implausible)
                .then(writes.replaceDays(RangeArrays.of(days, bounds(days))));
    }

    /** Section 7 of docs/accounting.md: from the quarter of the reading before to the quarter after the one after. */
    private static List<DirtyRange> windows(List<DirtyRange> ranges, Map<Integer, Instant[]> near) {
        List<DirtyRange> windows = new ArrayList<>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            DirtyRange r = ranges.get(i);
            Instant[] n = near.getOrDefault(i + 1, new Instant[2]);
            Instant from = Resolution.QUARTER_HOUR.floor(n[0] != null ? n[0] : r.from());
            Instant to = Resolution.QUARTER_HOUR.ceil(n[1] != null ? n[1] : r.to());
            windows.add(new DirtyRange(r.meterId(), r.channel(), from,
                    to.equals(from) ? Resolution.QUARTER_HOUR.next(from) : to));
        }
        return windows;
    }

    private static RangeArrays.Bounds bounds(List<DirtyRange> ranges) {
        return new RangeArrays.Bounds() {
            public Instant from(int index) {
                return ranges.get(index).from();
            }

            public Instant to(int index) {
                return ranges.get(index).to();
            }
        };
    }

    private static boolean isEnergy(DirtyRange r) {
        return MeterId.isValid(r.meterId()) && Channel.fromWireName(r.channel()).map(Channel::cumulative).orElse(false);
    }
}
