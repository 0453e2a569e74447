package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.heerlen.energiemonitor.support.ScratchDatabase;

/** Arranging and checking one device's readings in a scratch database, for the tests that run service processes. */
final class FaultMeters {
    static final String INSTALLER = "fault-installer";

    private FaultMeters() {
    }

    static String pvInverter(ScratchDatabase db, String id) {
        db.execute("insert into installer (id, name) values ('" + INSTALLER + "', 'Fault tests') on conflict do nothing");
        db.execute("insert into meter (id, kind, installer_id, capacity_kwp, max_gap) values ('" + id
                + "', 'pv_inverter', '" + INSTALLER + "', 10, interval '1 hour')");
        return id;
    }

    static String topic(String meter) {
        return "energie/v1/" + INSTALLER + "/" + meter;
    }

    static long stored(ScratchDatabase db, String meter) {
        return (long) db.number("select count(*) from reading where meter_id = '" + meter + "'");
    }

    /**
     * The readings of a {@code SteadyPublisher} (reading i at base + i minutes): as many as sent, none twice (the key
     * would refuse that anyway, so also: as many distinct timestamps), none outside the sent range (so, with the
     * count, no gaps), and the values summing to the device's own sum.
     */
    static void assertExactlyTheSentSet(ScratchDatabase db, String meter, int count, double expectedSum) {
        String of = " from reading where meter_id = '" + meter + "'";
        assertThat(stored(db, meter)).as("stored").isEqualTo(count);
        assertThat(db.number("select count(distinct ts)" + of)).as("distinct timestamps").isEqualTo(count);
        assertThat(db.number("select extract(epoch from max(ts) - min(ts)) / 60" + of)).as("span in minutes")
                .isEqualTo(count - 1);
        assertThat(db.number("select extract(epoch from min(ts) - timestamptz '2024-01-01 00:00Z')" + of))
                .as("first reading").isZero();
        assertThat(db.number("select sum(value)" + of)).as("checksum").isCloseTo(expectedSum, within(1e-6));
    }
}
