package nl.heerlen.energiemonitor.simulator;

import java.time.Instant;

/**
 * A PV array on one roof plane: clear-sky irradiance transposed to the plane of the array
 * (beam by angle of incidence, isotropic diffuse, ground reflection), scaled by the weather,
 * derated for cell temperature and a performance ratio, and clipped at the inverter's rating.
 */
final class PvPlant {

    private static final double PERFORMANCE_RATIO = 0.85;
    private static final double TEMPERATURE_COEFFICIENT = -0.004;
    /** Cell heating per W/m2 of plane irradiance, from a NOCT of about 45 C. */
    private static final double CELL_HEATING = 0.03;
    private static final double GROUND_ALBEDO = 0.2;

    private final double capacityKwp;
    private final double azimuth;
    private final double cosTilt;
    private final double sinTilt;
    private final double latitude;
    private final double longitude;
    /** Per-system losses (soiling, shading, mismatch) so neighbouring panels differ. */
    private final double systemFactor;
    private final Weather weather;

    PvPlant(double capacityKwp, double azimuthDeg, double tiltDeg, double latitude, double longitude,
            double systemFactor, Weather weather) {
        this.capacityKwp = capacityKwp;
        this.azimuth = Math.toRadians(azimuthDeg);
        this.cosTilt = Math.cos(Math.toRadians(tiltDeg));
        this.sinTilt = Math.sin(Math.toRadians(tiltDeg));
        this.latitude = latitude;
        this.longitude = longitude;
        this.systemFactor = systemFactor;
        this.weather = weather;
    }

    /** Whether there are no panels at all (a meter without PV behind it). */
    boolean isNone() {
        return capacityKwp <= 0;
    }

    /** AC power in W at the given moment; zero at night. On the register grid the sky is shared. */
    double powerW(Instant time) {
        SkyGrid.Sky sky = SkyGrid.onGrid(time) ? weather.sky().at(time, latitude, longitude)
                : SkyGrid.Sky.of(SolarPosition.at(time, latitude, longitude));
        if (sky.cosZenith() <= 0) {
            return 0;
        }
        double planeIrradiance = planeOfArray(sky, weather.clearness(time));
        double cellTemperature = weather.outdoorTemperature(time) + CELL_HEATING * planeIrradiance;
        double derating = 1 + TEMPERATURE_COEFFICIENT * Math.max(0, cellTemperature - 25);
        // kWp is rated at 1000 W/m2, so W = kWp * 1000 * POA / 1000.
        double power = capacityKwp * planeIrradiance * PERFORMANCE_RATIO * derating * systemFactor;
        return Math.min(power, capacityKwp * 1000);
    }

    /**
     * Plane-of-array irradiance under a sky with the given clear-sky index: clouds first take
     * the beam (gone below an index of 0.25) and the light that remains arrives as diffuse.
     */
    private double planeOfArray(SkyGrid.Sky sky, double clearness) {
        double beamShare = Math.max(0, Math.min(1, (clearness - 0.25) / 0.75));
        double global = clearness * sky.global();
        double beamHorizontal = beamShare * sky.beamHorizontal();
        double diffuse = Math.max(0, global - beamHorizontal);
        double directNormal = beamShare * sky.directNormal();

        double cosIncidence = sky.cosZenith() * cosTilt + sky.sinZenith() * sinTilt * Math.cos(sky.azimuthRad() - azimuth);
        return directNormal * Math.max(0, cosIncidence)
                + diffuse * (1 + cosTilt) / 2
                + GROUND_ALBEDO * global * (1 - cosTilt) / 2;
    }
}
