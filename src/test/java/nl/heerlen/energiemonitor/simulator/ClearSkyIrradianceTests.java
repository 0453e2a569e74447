package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClearSkyIrradianceTests {

    @Test
    void darkWhenTheSunIsDown() {
        assertThat(ClearSkyIrradiance.of(new SolarPosition(-3, 300))).isEqualTo(ClearSkyIrradiance.DARK);
    }

    @Test
    void highSunGivesRoughlyNineHundredWattsGlobalMostlyBeam() {
        ClearSkyIrradiance sky = ClearSkyIrradiance.of(new SolarPosition(60, 180));

        assertThat(sky.globalHorizontal()).isBetween(850.0, 950.0);
        assertThat(sky.directNormal()).isBetween(850.0, 950.0);
        assertThat(sky.diffuseHorizontal()).isBetween(50.0, 150.0);
    }

    @Test
    void componentsAreNeverNegativeAndBeamNeverExceedsGlobal() {
        for (double elevation = 0.1; elevation <= 90; elevation += 0.1) {
            ClearSkyIrradiance sky = ClearSkyIrradiance.of(new SolarPosition(elevation, 180));

            assertThat(sky.diffuseHorizontal()).isGreaterThanOrEqualTo(0);
            assertThat(sky.beamHorizontal()).isBetween(0.0, sky.globalHorizontal());
        }
    }
}
