package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;
import java.util.List;

/** The physics behind one device: what all of its channels read at a moment. */
interface MeterModel {

    /** One reading per channel of the meter's kind, in canonical units; a pure function of time. */
    List<Reading> readingsAt(Instant time);
}
