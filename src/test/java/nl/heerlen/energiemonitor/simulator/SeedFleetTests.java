package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFleetTests {

    @Test
    void readsTheDemoFleetFromTheSeedsFolder() {
        List<MeterSeed> fleet = SeedFleet.load(Path.of("seeds"));

        assertThat(fleet).hasSize(13);
        MeterSeed bernardinus = fleet.stream().filter(m -> m.id().equals("pv-bernardinus")).findFirst().orElseThrow();
        assertThat(bernardinus.kind()).isEqualTo(MeterKind.PV_INVERTER);
        assertThat(bernardinus.topic()).isEqualTo("energie/v1/zonnewerk/pv-bernardinus");
        assertThat(bernardinus.capacityKwp()).isEqualTo(120.0);
        assertThat(bernardinus.commissionedOn()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(bernardinus.reportingInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(bernardinus.latitude()).isEqualTo(50.8853);
        assertThat(bernardinus.longitude()).isEqualTo(5.9768);
    }

    @Test
    void blankOptionalFieldsGetDefaultsAndUnusableMetersAreSkipped(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("sites.csv"), "id,name,kind,municipality,address,measure_code,household,latitude,longitude\n"
                + "home,Home,household,Heerlen,Straat 1,6.1,true,,\n");
        Files.writeString(seeds.resolve("meters.csv"), "id,kind,installer_id,site_id,capacity_kwp,panel_count,commissioned_on,azimuth_deg,tilt_deg,reporting_interval\n"
                + "gas-1,gas_meter,netbeheer,home,,,2021-01-01,,,\n"
                + "wind-1,wind_turbine,netbeheer,home,,,2021-01-01,,,PT1M\n"
                + "gas-0,gas_meter,netbeheer,home,,,2021-01-01,,,PT0S\n");

        List<MeterSeed> fleet = SeedFleet.load(seeds);

        assertThat(fleet).singleElement().satisfies(gas -> {
            assertThat(gas.kind()).isEqualTo(MeterKind.GAS_METER);
            assertThat(gas.reportingInterval()).isEqualTo(Duration.ofMinutes(15));
            assertThat(gas.latitude()).isEqualTo(50.89);
            assertThat(gas.household()).isTrue();
        });
    }

    @Test
    void missingSeedFilesAreReportedWithTheirPath(@TempDir Path empty) {
        assertThatThrownBy(() -> SeedFleet.load(empty)).hasMessageContaining("sites.csv");
    }
}
