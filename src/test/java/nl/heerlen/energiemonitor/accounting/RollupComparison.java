package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.heerlen.energiemonitor.support.ScratchDatabase;

/**
 * The stored rollups of a scratch database kept aside (tables interrupted_*), recomputed from scratch, and compared
 * row by row: every key on both sides, every value within a tolerance.
 */
final class RollupComparison {
    private record Table(String name, String key, List<String> values) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("energy_quarter_hour", "meter_id, channel, bucket_start",
                    List.of("energy", "measured_seconds", "estimated_seconds", "implausible_energy")),
            new Table("energy_day", "meter_id, channel, day",
                    List.of("energy", "measured_seconds", "estimated_seconds", "implausible_energy",
                            "extract(epoch from day_start)")),
            new Table("measurement_quarter_hour", "meter_id, channel, bucket_start",
                    List.of("avg_value", "min_value", "max_value", "samples")),
            new Table("implausible_interval", "meter_id, channel, start_ts",
                    List.of("energy", "extract(epoch from end_ts)")));

    private final ScratchDatabase db;

    RollupComparison(ScratchDatabase db) {
        this.db = db;
    }

    void keepAsInterrupted() {
        TABLES.forEach(t -> db.execute("create table interrupted_" + t.name() + " as select * from " + t.name()));
    }

    /** One transaction: no rollups, and each channel's whole stored range queued once. */
    void recomputeFromScratch() {
        StringBuilder sql = new StringBuilder("begin; ");
        TABLES.forEach(t -> sql.append("delete from ").append(t.name()).append("; "));
        sql.append("insert into accounting_dirty (meter_id, channel, from_ts, to_ts) "
                + "select meter_id, channel, min(ts), max(ts) from reading group by meter_id, channel; commit;");
        db.execute(sql.toString());
    }

    long rows(String table) {
        return (long) db.number("select count(*) from " + table);
    }

    void assertEqual(double tolerance) {
        for (Table t : TABLES) {
            StringBuilder differs = new StringBuilder("a." + t.key().split(",")[0] + " is null or b."
                    + t.key().split(",")[0] + " is null");
            for (String v : t.values()) {
                String left = v.replace("day_start", "a.day_start").replace("end_ts", "a.end_ts");
                String right = v.replace("day_start", "b.day_start").replace("end_ts", "b.end_ts");
                if (left.equals(v)) {
                    left = "a." + v;
                    right = "b." + v;
                }
                differs.append(" or abs(").append(left).append(" - ").append(right).append(") > ").append(tolerance);
            }
            String query = "select count(*) from interrupted_" + t.name() + " a full join " + t.name() + " b using ("
                    + t.key() + ") where " + differs;
            assertThat(db.number(query)).as(t.name() + ": rows missing on one side or differing").isZero();
            assertThat(rows("interrupted_" + t.name())).as(t.name() + " rows").isEqualTo(rows(t.name()));
        }
    }
}
