package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** seeds/heerlen/: committed as the generator writes it, and shaped like the fleet of issue 7. */
class HeerlenFleetSeedsTests {

    private static final Path HEERLEN = Path.of("seeds", "heerlen");
    private static final List<Map<String, String>> METERS = CsvTable.read(HEERLEN.resolve("meters.csv"));
    private static final List<Map<String, String>> SITES = CsvTable.read(HEERLEN.resolve("sites.csv"));

    @Test
    void committedFilesAreExactlyWhatTheGeneratorWritesForSeed2018(@TempDir Path out) throws Exception {
        new HeerlenFleetGenerator(2018).generate().write(out);

        for (String file : List.of("installers.csv", "sites.csv", "meters.csv")) {
            assertThat(Files.readString(HEERLEN.resolve(file))).as(file).isEqualTo(Files.readString(out.resolve(file)));
        }
    }

    @Test
    void fortySchoolRoofsOfFifteenToOneHundredFiftyKwpWithTheirOwnOrientationAndTwoReportingIntervals() {
        List<Map<String, String>> schools = meters(m -> m.get("kind").equals("pv_inverter"));

        assertThat(schools).hasSize(40);
        assertThat(schools).allSatisfy(m -> assertThat(Double.parseDouble(m.get("capacity_kwp"))).isBetween(15.0, 150.0));
        assertThat(schools.stream().map(m -> m.get("reporting_interval")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("PT1M", "PT15M");
        assertThat(schools.stream().map(m -> m.get("azimuth_deg") + "/" + m.get("tilt_deg")).distinct().count())
                .isGreaterThan(30);
    }

    @Test
    void theCentresFiveThousandOptimizersOnFiftyRoofsAreBuiltUpOverTheYears() {
        List<Map<String, String>> optimizers = meters(m -> m.get("kind").equals("pv_optimizer"));

        assertThat(optimizers).hasSize(5000);
        assertThat(optimizers.stream().mapToInt(m -> Integer.parseInt(m.get("panel_count"))).sum()).isEqualTo(5000);
        assertThat(optimizers.stream().map(m -> m.get("site_id")).distinct().count()).isEqualTo(50);
        assertThat(commissionedBy(optimizers, "2023-01-01")).isBetween(1L, 1500L);
        assertThat(commissionedBy(optimizers, "2025-01-01")).isBetween(1500L, 3500L);
        assertThat(commissionedBy(optimizers, "2026-11-01")).isBetween(3000L, 4800L);
        assertThat(commissionedBy(optimizers, "2029-01-01")).isEqualTo(5000L);
    }

    @Test
    void threeHundredMijnwaterConnectionsEachWithAHeatMeterAndAHeatPumpElectricityMeter() {
        Set<String> mijnwaterSites = siteIds(site -> site.get("kind").equals("mijnwater_building"));

        assertThat(mijnwaterSites).hasSize(300);
        assertThat(meters(m -> mijnwaterSites.contains(m.get("site_id"))))
                .hasSize(600)
                .extracting(m -> m.get("kind")).containsOnly("heat_meter", "electricity_meter");
    }

    @Test
    void fiveHundredHomesWhoseGasMetersAreRemovedOneByOne() {
        Set<String> homes = siteIds(site -> site.get("household").equals("true") && site.get("measure_code").equals("6.5"));
        List<Map<String, String>> gas = meters(m -> m.get("kind").equals("gas_meter"));

        assertThat(homes).hasSize(500);
        assertThat(gas).hasSize(500).allSatisfy(m -> assertThat(homes).contains(m.get("site_id")));
        assertThat(meters(m -> m.get("kind").equals("electricity_meter") && homes.contains(m.get("site_id")))).hasSize(500);
        long offGasBy2024 = gas.stream().filter(m -> m.get("decommissioned_on").compareTo("2024-01-01") < 0).count();
        long offGasBy2027 = gas.stream().filter(m -> m.get("decommissioned_on").compareTo("2027-01-01") < 0).count();
        assertThat(offGasBy2024).isBetween(20L, 150L);
        assertThat(offGasBy2027).isBetween(offGasBy2024 + 100, 450L);
    }

    @Test
    void theSimulatorReadsTheWholeFleetAndGivesHomesTheirHeatPumpOnTheDayTheyGoOffGas() {
        List<MeterSeed> fleet = SeedFleet.load(HEERLEN);

        assertThat(fleet).hasSize(6640);
        Map<String, LocalDate> offGas = fleet.stream().filter(m -> m.kind() == MeterKind.GAS_METER)
                .collect(Collectors.toMap(MeterSeed::siteId, MeterSeed::decommissionedOn));
        assertThat(fleet).filteredOn(m -> m.kind() == MeterKind.ELECTRICITY_METER && m.household())
                .hasSize(500).allSatisfy(m -> assertThat(m.heatPumpFrom()).isEqualTo(offGas.get(m.siteId())));
        assertThat(fleet).filteredOn(m -> m.siteKind().equals("mijnwater_building") && m.kind() == MeterKind.ELECTRICITY_METER)
                .allSatisfy(m -> assertThat(m.heatPumpFrom()).isEqualTo(m.commissionedOn()));
    }

    @Test
    void idsFollowTheRegistryPatternsAndEveryReferenceResolves() {
        Set<String> installers = CsvTable.read(HEERLEN.resolve("installers.csv")).stream().map(i -> i.get("id"))
                .collect(Collectors.toSet());
        Set<String> sites = siteIds(site -> true);

        assertThat(installers).allMatch(id -> id.matches("[a-z0-9][a-z0-9_-]{0,63}"));
        assertThat(sites).hasSize(SITES.size()).allMatch(id -> id.matches("[a-z0-9][a-z0-9._-]{0,63}"));
        assertThat(METERS).allSatisfy(m -> {
            assertThat(m.get("id")).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
            assertThat(installers).contains(m.get("installer_id"));
            assertThat(sites).contains(m.get("site_id"));
        });
        assertThat(METERS.stream().map(m -> m.get("id")).distinct().count()).isEqualTo(METERS.size());
    }

    private static List<Map<String, String>> meters(Predicate<Map<String, String>> filter) {
        return METERS.stream().filter(filter).toList();
    }

    private static Set<String> siteIds(Predicate<Map<String, String>> filter) {
        return SITES.stream().filter(filter).map(site -> site.get("id")).collect(Collectors.toSet());
    }

    private static long commissionedBy(List<Map<String, String>> meters, String day) {
        return meters.stream().filter(m -> m.get("commissioned_on").compareTo(day) < 0).count();
    }
}
