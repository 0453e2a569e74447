package nl.heerlen.energiemonitor.accounting;

import static nl.heerlen.energiemonitor.support.IntegrationTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.heerlen.energiemonitor.support.PrivateMosquitto;
import nl.heerlen.energiemonitor.support.ScratchDatabase;
import nl.heerlen.energiemonitor.support.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * A backfill of many meter-days is stored while the accounting is off; then the service recomputes the rollups and is
 * killed (SIGKILL) halfway, with claims in flight; restarted, it settles. The rollups must equal those of an
 * uninterrupted recomputation: the same data, all rollups deleted and every channel's whole range queued once, as
 * the reference. The backfill crosses the change to summer time (31 March 2024, a 23-hour day).
 * Not part of the suite (a few minutes): {@code .ci/faults} runs it.
 */
class InterruptedRecomputationIT {
    private static final int METERS = Integer.getInteger("recompute.meters", 200);
    private static final int DAYS = Integer.getInteger("recompute.days", 7);
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 26);
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration SETTLE = Duration.ofMinutes(10);
    private static final String DIRTY = "select count(*) from accounting_dirty";

    @Test
    void rollupsInterruptedByAKillConvergeToThoseOfAnUninterruptedRun() throws Exception {
        try (ScratchDatabase db = new ScratchDatabase("recompute"); PrivateMosquitto broker = new PrivateMosquitto()) {
            Map<String, String> properties = ServiceProcess.against(db, broker);
            properties.put("energiemonitor.mqtt.shared-group", "");
            properties.put("energiemonitor.accounting.enabled", "false");
            try (ServiceProcess service = new ServiceProcess("recomputing", properties).start()) {
                service.awaitReady(START);
                db.execute(PvBackfill.registerMeters(METERS));
                long sent = PvBackfill.publish(broker.url(), METERS, FIRST_DAY, DAYS, 8);
                await(Duration.ofMinutes(5), "backfill stored",
                        () -> db.number("select count(*) from reading") >= sent);
                service.stop();
                double queued = db.number(DIRTY);
                assertThat(queued).as("changed ranges queued by the backfill").isGreaterThanOrEqualTo(METERS * DAYS);

                service.set("energiemonitor.accounting.enabled", "true").start();
                await(START.plus(SETTLE), "recomputation under way",
                        () -> db.number(DIRTY) <= queued * 0.7 || !service.alive());
                service.kill();
                double left = db.number(DIRTY);
                assertThat(left).as("killed while ranges were still queued").isPositive().isLessThan(queued);
                long restarted = System.nanoTime();
                service.start();
                await(START.plus(SETTLE), "settled after the restart", () -> db.number(DIRTY) == 0);
                double recovery = (System.nanoTime() - restarted) / 1e9;

                RollupComparison rollups = new RollupComparison(db);
                rollups.keepAsInterrupted();
                long reference = System.nanoTime();
                rollups.recomputeFromScratch();
                await(SETTLE, "reference settled", () -> db.number(DIRTY) == 0);
                double referenceSeconds = (System.nanoTime() - reference) / 1e9;

                assertThat(rollups.rows("energy_day")).as("day rollups").isGreaterThanOrEqualTo(METERS * DAYS);
                assertThat(rollups.rows("energy_quarter_hour")).as("quarter-hour rollups")
                        .isGreaterThanOrEqualTo(METERS * DAYS * 92L);
                rollups.assertEqual(1e-9);
                System.out.printf("[reliability] interrupted recomputation: %d meters x %d days, readings=%d, "
                                + "ranges queued=%.0f, left at the kill=%.0f; restart-to-settled=%.1fs; reference "
                                + "from scratch %.1fs; rows compared: day=%d quarter-hour=%d measurement=%d, all equal "
                                + "within 1e-9%n", METERS, DAYS, sent, queued, left, recovery, referenceSeconds,
                        rollups.rows("energy_day"), rollups.rows("energy_quarter_hour"),
                        rollups.rows("measurement_quarter_hour"));
            }
        }
    }
}
