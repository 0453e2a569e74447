package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;

/**
 * One measured value as a model produces it.
 *
 * @param value in the canonical unit of the channel's quantity (kWh, W, m3, Cel);
 *              {@link MeterUnits} decides what the device puts on the wire
 */
record Reading(Instant time, Channel channel, double value) {
}
