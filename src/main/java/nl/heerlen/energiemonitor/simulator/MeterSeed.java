package nl.heerlen.energiemonitor.simulator;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One meter of seeds/meters.csv joined with the location and kind of its site.
 *
 * @param capacityKwp  PV capacity, 0 for meters that are not PV
 * @param azimuthDeg   compass direction the PV plane faces, 180 = south
 * @param tiltDeg      PV plane angle from horizontal
 * @param household    whether the site is a household (sizes electricity and gas use)
 */
record MeterSeed(String id, MeterKind kind, String installerId, String siteId,
                 double capacityKwp, LocalDate commissionedOn, double azimuthDeg, double tiltDeg,
                 Duration reportingInterval, double latitude, double longitude, boolean household) {

    /** The MQTT contract v1 topic this meter publishes on. */
    String topic() {
        return "energie/v1/" + installerId + "/" + id;
    }
}
