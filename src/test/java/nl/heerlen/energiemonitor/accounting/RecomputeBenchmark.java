package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Benchmark, not a test (its name keeps it out of {@code mvn verify}): recomputes one day of 15-minute readings for
 * 6,000 meters after a bulk backfill and prints the figures. Run:
 * {@code mvn -B test -Dtest=RecomputeBenchmark -Dbenchmark.meters=6000}
 */
@SpringBootTest(properties = {"energiemonitor.bootstrap.embedded=never", "energiemonitor.mqtt.enabled=false",
        "energiemonitor.accounting.enabled=false", "energiemonitor.simulator.enabled=false"})
class RecomputeBenchmark extends IntegrationTestSupport {
    @Autowired
    AccountingWorker worker;

    @Test
    void recomputeOneDayForTheFleet() {
        int meters = Integer.getInteger("benchmark.meters", 6000);
        TestSql.update("insert into installer (id, name) values ('bench', 'Benchmark') on conflict do nothing");
        TestSql.update("delete from accounting_dirty");
        TestSql.update("""
                insert into meter (id, kind, installer_id, capacity_kwp)
                select 'bench-' || i, 'pv_optimizer', 'bench', 0.4 from generate_series(1, ?) i on conflict do nothing""", meters);
        long start = System.nanoTime();
        int readings = TestSql.update("""
                insert into reading (meter_id, channel, ts, value)
                select 'bench-' || i, 'pv_energy', timestamptz '2026-06-01 00:00+02' + q * interval '15 minutes', 1000 + q * 0.05
                from generate_series(1, ?) i, generate_series(0, 96) q on conflict do nothing""", meters);
        TestSql.update("""
                insert into accounting_dirty (meter_id, channel, from_ts, to_ts)
                select 'bench-' || i, 'pv_energy', timestamptz '2026-06-01 00:00+02', timestamptz '2026-06-02 00:00+02'
                from generate_series(1, ?) i""", meters);
        double loadSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        long ranges = worker.drain().block();
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("%nBENCHMARK recompute: %d meters, %d readings loaded in %.1f s; %d ranges recomputed in %.2f s"
                + " = %.0f meter-days/s%n%n", meters, readings, loadSeconds, ranges, seconds, ranges / seconds);
        double day = ((Number) TestSql.single(
                "select sum(energy) from energy_day where meter_id like 'bench-%' and day = date '2026-06-01'")).doubleValue();
        assertThat(day).isCloseTo(meters * 96 * 0.05, within(1e-6 * meters));
    }
}
