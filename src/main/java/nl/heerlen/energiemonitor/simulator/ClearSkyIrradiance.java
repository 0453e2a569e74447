package nl.heerlen.energiemonitor.simulator;

/**
 * Cloudless-sky irradiance in W/m2: global horizontal from Haurwitz, direct normal from Meinel
 * with the Kasten-Young air mass, and diffuse as what the global leaves over. Simple models
 * with no atmospheric inputs, which is all a demo needs.
 *
 * @param globalHorizontal  GHI
 * @param directNormal      DNI
 * @param diffuseHorizontal DHI
 */
record ClearSkyIrradiance(double globalHorizontal, double directNormal, double diffuseHorizontal) {

    static final ClearSkyIrradiance DARK = new ClearSkyIrradiance(0, 0, 0);

    static ClearSkyIrradiance of(SolarPosition sun) {
        if (!sun.isUp()) {
            return DARK;
        }
        double cosZenith = Math.sin(Math.toRadians(sun.elevationDeg()));
        double global = 1098 * cosZenith * Math.exp(-0.057 / cosZenith);
        double airMass = 1 / (cosZenith + 0.50572 * Math.pow(sun.elevationDeg() + 6.07995, -1.6364));
        double directNormal = 1353 * Math.pow(0.7, Math.pow(airMass, 0.678));
        // Near the horizon the two models disagree; never let the beam exceed the global.
        double beamHorizontal = Math.min(directNormal * cosZenith, global);
        return new ClearSkyIrradiance(global, beamHorizontal / cosZenith, global - beamHorizontal);
    }

    double beamHorizontal() {
        return globalHorizontal - diffuseHorizontal;
    }
}
