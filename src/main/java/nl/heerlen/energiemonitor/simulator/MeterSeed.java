package nl.heerlen.energiemonitor.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One meter of seeds/meters.csv joined with the location and kind of its site.
 *
 * @param capacityKwp      PV capacity, 0 for meters that are not PV
 * @param azimuthDeg       compass direction the PV plane faces, 180 = south
 * @param tiltDeg          PV plane angle from horizontal
 * @param household        whether the site is a household (sizes electricity and gas use)
 * @param siteKind         the site's kind, e.g. school, home, mijnwater_building (empty if unknown)
 * @param decommissionedOn the day the device was removed (a home going off gas), or null
 * @param heatPumpFrom     for an electricity meter: the day a heat pump behind it started, or null
 */
record MeterSeed(String id, MeterKind kind, String installerId, String siteId,
                 double capacityKwp, LocalDate commissionedOn, double azimuthDeg, double tiltDeg,
                 Duration reportingInterval, double latitude, double longitude, boolean household,
                 String siteKind, LocalDate decommissionedOn, LocalDate heatPumpFrom) {

    /** A meter whose site says nothing beyond the household flag. */
    MeterSeed(String id, MeterKind kind, String installerId, String siteId, double capacityKwp,
              LocalDate commissionedOn, double azimuthDeg, double tiltDeg, Duration reportingInterval,
              double latitude, double longitude, boolean household) {
        this(id, kind, installerId, siteId, capacityKwp, commissionedOn, azimuthDeg, tiltDeg, reportingInterval,
                latitude, longitude, household, "", null, null);
    }

    /** The MQTT contract v1 topic this meter publishes on. */
    String topic() {
        return "energie/v1/" + installerId + "/" + id;
    }

    /** Whether the device exists at the moment: from its commissioning day until the day it is removed. */
    boolean isInstalledAt(Instant time) {
        return !time.isBefore(AmsterdamTime.startOf(commissionedOn))
                && (decommissionedOn == null || time.isBefore(AmsterdamTime.startOf(decommissionedOn)));
    }
}
