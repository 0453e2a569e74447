package nl.heerlen.energiemonitor.readings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.heerlen.energiemonitor.accounting.Rollups;
import nl.heerlen.energiemonitor.readings.ReadingCopy.Path;
import nl.heerlen.energiemonitor.readings.ReadingCopy.Written;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * COPY straight into reading (and its fallback to the staging table) against the staging table alone, on the same
 * batches: the same outcome, stored rows, conflicts and dirty ranges. Each path runs in a transaction that is rolled
 * back after looking, so both see the same stored rows and the accounting worker never claims what is compared.
 */
@IntegrationTest
class ReadingCopyIntegrationTests extends IntegrationTestSupport {
    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

    @Autowired
    ReadingCopy copy;
    @Autowired
    ReadingStore store;
    @Autowired
    ConnectionFactory connections;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ApplicationContext context;

    /** What one path left in its transaction, before the rollback. */
    private record Seen(StoreOutcome outcome, Path path, List<String> readings, List<String> dirty, List<String> conflicts) {
    }

    @Test
    void aBatchOfNewReadingsIsCopiedStraightInWithTheSameRowsAndDirtyRanges() {
        cleanBatch(0);
    }

    @Test
    void soIsABatchWithSubMicrosecondInstantsWhichGoesAsText() {
        cleanBatch(1_500);
    }

    private void cleanBatch(int nanos) {
        String heat = TestMeters.heatMeter();
        String pv = TestMeters.pvInverter(5.0);
        List<Reading> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // interleaved meters and channels, not in key order
            batch.add(reading(pv, Channel.PV_ENERGY, T0.plusSeconds(300L * (40 - i)).plusNanos(i % 7 == 0 ? nanos : 0), 100.0 + i));
            batch.add(reading(heat, Channel.HEAT_ENERGY, T0.plusSeconds(900L * i), 2000.125 + i / 3.0));
            batch.add(reading(heat, Channel.SUPPLY_TEMP, T0.plusSeconds(900L * i).plusNanos(nanos * 1000L), 61.5 - i * 1e-9));
        }
        assertThat(CopyBinary.fits(batch)).isEqualTo(nanos == 0);

        Seen direct = seen(batch, true, heat, pv);
        Seen staged = seen(batch, false, heat, pv);

        assertThat(direct.path()).isEqualTo(Path.DIRECT);
        assertThat(staged.path()).isEqualTo(Path.STAGED);
        assertThat(direct.outcome()).isEqualTo(StoreOutcome.allInserted(120)).isEqualTo(staged.outcome());
        assertThat(direct.readings()).hasSize(120).isEqualTo(staged.readings());
        assertThat(direct.dirty()).hasSize(3).isEqualTo(staged.dirty());
    }

    @Test
    void binaryCopyStoresTheSameInstantsAndValuesAsTheMultiRowInsert() {
        String copied = TestMeters.heatMeter();
        String inserted = TestMeters.heatMeter();
        double[] values = {0.1, -0.0, 1e15, -1e15, 4.9e-324, 123456.78901234567, -2.5, 1.0 / 3, 61.5e-9, Math.PI};
        Function<String, List<Reading>> batch = meter -> {
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                readings.add(reading(meter, Channel.SUPPLY_TEMP, T0.plusSeconds(97L * i).plusNanos(123_456_000L * (i % 3)), values[i]));
            }
            return readings;
        };
        assertThat(CopyBinary.fits(batch.apply(copied))).isTrue();
        assertThat(copy.write(batch.apply(copied), true).block().path()).isEqualTo(Path.DIRECT);
        store.store(batch.apply(inserted)).block();

        // float8's text is exact (shortest round trip) and shows -0
        String sql = "select ts::text || ' ' || value::text from reading where meter_id = ? order by ts";
        assertThat(TestSql.rows(sql, copied)).hasSize(values.length).isEqualTo(TestSql.rows(sql, inserted));
    }

    @Test
    void aDuplicateOfAStoredReadingFallsBackAndIsCountedAsToday() {
        String heat = TestMeters.heatMeter();
        store.store(List.of(reading(heat, Channel.HEAT_ENERGY, T0, 10.0), reading(heat, Channel.HEAT_ENERGY, T0.plusSeconds(900), 11.0)))
                .block();
        List<Reading> batch = new ArrayList<>();
        for (int i = 2; i < 30; i++) {
            batch.add(reading(heat, Channel.HEAT_ENERGY, T0.plusSeconds(900L * i), 10.0 + i));
        }
        batch.add(reading(heat, Channel.HEAT_ENERGY, T0, 10.0));                  // the same value: a duplicate
        batch.add(reading(heat, Channel.HEAT_ENERGY, T0.plusSeconds(900), 11.5)); // another value: a conflict

        Seen direct = seen(batch, true, heat);
        Seen staged = seen(batch, false, heat);

        assertThat(direct.path()).isEqualTo(Path.FELL_BACK);
        assertThat(direct.outcome()).isEqualTo(new StoreOutcome(28, 2, 1)).isEqualTo(staged.outcome());
        assertThat(direct.readings()).hasSize(30).isEqualTo(staged.readings());
        assertThat(direct.dirty()).isEqualTo(staged.dirty()).hasSize(1);
        assertThat(direct.conflicts()).containsExactly(heat + " heat_energy 2026-05-04 10:15:00+00 11 11.5")
                .isEqualTo(staged.conflicts());
    }

    @Test
    void theSameKeyTwiceInOneBatchFallsBackAndKeepsTheFirst() {
        String heat = TestMeters.heatMeter();
        List<Reading> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(reading(heat, Channel.VOLUME, T0.plusSeconds(900L * i), 5.0 + i));
        }
        batch.add(reading(heat, Channel.VOLUME, T0.plusSeconds(900L * 3), 8.0));  // same value again
        batch.add(reading(heat, Channel.VOLUME, T0.plusSeconds(900L * 4), 99.0)); // another value for a key of this batch

        Seen direct = seen(batch, true, heat);
        Seen staged = seen(batch, false, heat);

        assertThat(direct.path()).isEqualTo(Path.FELL_BACK);
        assertThat(direct.outcome()).isEqualTo(new StoreOutcome(20, 2, 1)).isEqualTo(staged.outcome());
        assertThat(direct.readings()).contains(heat + " volume 2026-05-04 11:00:00+00 9").isEqualTo(staged.readings());
        assertThat(direct.dirty()).isEqualTo(staged.dirty()).hasSize(1);
        assertThat(direct.conflicts()).containsExactly(heat + " volume 2026-05-04 11:00:00+00 9 99").isEqualTo(staged.conflicts());
    }

    @Test
    void theRollupsOfBothPathsAreEqual() {
        String direct = TestMeters.pvInverter(4.0);
        String staged = TestMeters.pvInverter(4.0);
        Function<String, List<Reading>> day = meter -> {
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                readings.add(reading(meter, Channel.PV_ENERGY, T0.plusSeconds(300L * i), 1000.0 + 0.05 * i * i / 10));
                readings.add(reading(meter, Channel.PV_POWER, T0.plusSeconds(300L * i), 0.4 + (i % 12) / 10.0));
            }
            return readings;
        };
        assertThat(copy.write(day.apply(direct), true).block().path()).isEqualTo(Path.DIRECT);
        assertThat(copy.write(day.apply(staged), false).block().path()).isEqualTo(Path.STAGED);

        Rollups.settle(context, direct, staged);
        for (String table : List.of("energy_quarter_hour", "measurement_quarter_hour")) {
            String sql = "select channel || ' ' || bucket_start || ' ' || row(t.*)::text from " + table
                    + " t where meter_id = ? order by channel, bucket_start";
            List<String> a = TestSql.rows(sql, direct).stream().map(r -> r.values().iterator().next().toString().replace(direct, "m")).toList();
            List<String> b = TestSql.rows(sql, staged).stream().map(r -> r.values().iterator().next().toString().replace(staged, "m")).toList();
            assertThat(a).as(table).isNotEmpty().isEqualTo(b);
        }
        String days = "select channel || ' ' || day || ' ' || energy || ' ' || measured_seconds from energy_day where meter_id = ? order by 1";
        assertThat(TestSql.rows(days, direct)).isNotEmpty().isEqualTo(TestSql.rows(days, staged));
    }

    @Test
    void anUploadStagesTheBatchesAfterAFallBackUntilOneIsAllNew() {
        String heat = TestMeters.heatMeter();
        store.store(List.of(reading(heat, Channel.HEAT_ENERGY, T0, 1.0))).block();
        ReadingCopy.Upload upload = copy.upload();
        Map<Path, Double> before = counts();

        upload.store(List.of(reading(heat, Channel.HEAT_ENERGY, T0, 1.0))).block();                   // falls back
        Map<Path, Double> afterFirst = counts();
        upload.store(List.of(reading(heat, Channel.HEAT_ENERGY, T0.plusSeconds(900), 2.0))).block();  // staged: all new
        Map<Path, Double> afterSecond = counts();
        upload.store(List.of(reading(heat, Channel.HEAT_ENERGY, T0.plusSeconds(1800), 3.0))).block(); // direct again

        assertThat(afterFirst.get(Path.FELL_BACK)).isEqualTo(before.get(Path.FELL_BACK) + 1);
        assertThat(afterSecond.get(Path.STAGED)).isEqualTo(afterFirst.get(Path.STAGED) + 1);
        assertThat(counts().get(Path.DIRECT)).isEqualTo(afterSecond.get(Path.DIRECT) + 1);
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", heat)).isEqualTo(3);
    }

    private Map<Path, Double> counts() {
        Map<Path, Double> counts = new EnumMap<>(Path.class);
        for (Path path : Path.values()) {
            counts.put(path, registry.get("energiemonitor.readings.copy.batches")
                    .tag("path", path.name().toLowerCase(Locale.ROOT).replace('_', '-')).counter().count());
        }
        return counts;
    }

    /** Runs one path in a transaction, looks at what it wrote for the meters, and rolls back. */
    private Seen seen(List<Reading> batch, boolean direct, String... meters) {
        Connection c = Mono.from(connections.create()).block();
        try {
            Mono.from(c.beginTransaction()).block();
            Written written = copy.work(c, batch, direct).block();
            Seen seen = new Seen(written.outcome(), written.path(),
                    strings(c, "select meter_id || ' ' || channel || ' ' || ts || ' ' || value from reading "
                            + "where meter_id = any($1) order by meter_id, channel, ts", meters),
                    strings(c, "select meter_id || ' ' || channel || ' ' || from_ts || ' ' || to_ts from accounting_dirty "
                            + "where meter_id = any($1) and created_at = now() order by 1", meters),
                    strings(c, "select meter_id || ' ' || channel || ' ' || ts || ' ' || stored_value || ' ' || rejected_value "
                            + "from reading_conflict where meter_id = any($1) order by 1", meters));
            Mono.from(c.rollbackTransaction()).block();
            return seen;
        } finally {
            Mono.from(c.close()).block();
        }
    }

    private static List<String> strings(Connection c, String sql, String[] meters) {
        return Flux.from(c.createStatement("set local timezone = 'UTC'").execute()).flatMap(r -> r.getRowsUpdated())
                .thenMany(Flux.from(c.createStatement(sql).bind(0, meters).execute()))
                .flatMap(r -> r.map((row, meta) -> row.get(0, String.class))).collectList().block();
    }

    private static Reading reading(String meter, Channel channel, Instant ts, double value) {
        return new Reading(new MeterId(meter), channel, ts, value);
    }
}
