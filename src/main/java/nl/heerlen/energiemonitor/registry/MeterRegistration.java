package nl.heerlen.energiemonitor.registry;

import java.time.Duration;
import java.time.LocalDate;

/** A meter as an installer or admin registers or edits it; {@link #validated} checks every field. */
record MeterRegistration(String id, String kind, String installerId, String siteId, Double capacityKwp,
                         Integer panelCount, LocalDate commissionedOn, LocalDate decommissionedOn, Double azimuthDeg,
                         Double tiltDeg, Duration reportingInterval, Duration maxGap) {

    Meter validated(String pathId) {
        MeterId meterId = new MeterId(pathId != null ? pathId : id);
        if (pathId != null && id != null && !pathId.equals(id)) {
            throw new IllegalArgumentException("the id in the body differs from the id in the path");
        }
        MeterKind meterKind = MeterKind.fromWireName(kind).orElseThrow(() ->
                new IllegalArgumentException("kind must be one of pv_inverter, pv_optimizer, heat_meter, electricity_meter, gas_meter"));
        if (siteId != null && !siteId.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("invalid site id");
        }
        if (panelCount != null && panelCount <= 0) {
            throw new IllegalArgumentException("panelCount must be positive");
        }
        if (azimuthDeg != null && (azimuthDeg < 0 || azimuthDeg >= 360) || tiltDeg != null && (tiltDeg < 0 || tiltDeg > 90)) {
            throw new IllegalArgumentException("azimuthDeg must be in [0, 360) and tiltDeg in [0, 90]");
        }
        if (commissionedOn != null && decommissionedOn != null && decommissionedOn.isBefore(commissionedOn)) {
            throw new IllegalArgumentException("decommissionedOn is before commissionedOn");
        }
        Duration interval = positive(reportingInterval, Duration.ofMinutes(15), "reportingInterval");
        Duration gap = positive(maxGap, Duration.ofHours(1), "maxGap");
        return new Meter(meterId, meterKind, new InstallerId(installerId == null ? "" : installerId), siteId,
                capacityKwp, panelCount, commissionedOn, decommissionedOn, interval, gap);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        Duration d = value == null ? fallback : value;
        if (d.isNegative() || d.isZero() || d.toDays() > 31) {
            throw new IllegalArgumentException(name + " must be positive and at most 31 days");
        }
        return d;
    }
}
