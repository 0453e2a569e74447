package nl.heerlen.energiemonitor.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the fleet from the public seeds/meters.csv and seeds/sites.csv, exactly as an installer's
 * configuration tool would know it. Blank optional fields get plausible defaults. What the files
 * imply is joined in: an electricity meter in a Mijnwater building measures its heat pump, and one
 * in a home whose gas meter is removed ({@code decommissioned_on}) has a heat pump from that day.
 */
final class SeedFleet {

    private static final Logger log = LoggerFactory.getLogger(SeedFleet.class);
    /** Heerlen town centre, for sites without coordinates. */
    private static final double HEERLEN_LATITUDE = 50.89;
    private static final double HEERLEN_LONGITUDE = 5.98;
    private static final String MIJNWATER_BUILDING = "mijnwater_building";

    private SeedFleet() {
    }

    static List<MeterSeed> load(Path seedsDir) {
        Map<String, Map<String, String>> sites = CsvTable.read(seedsDir.resolve("sites.csv")).stream()
                .collect(Collectors.toMap(site -> site.get("id"), Function.identity(), (a, b) -> a));
        List<Map<String, String>> rows = CsvTable.read(seedsDir.resolve("meters.csv"));
        Map<String, LocalDate> offGas = gasRemovals(rows);
        List<MeterSeed> meters = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Optional<MeterKind> kind = MeterKind.fromSeedName(row.get("kind"));
            if (kind.isEmpty()) {
                // A device type this simulator cannot imitate; skip it rather than refuse the fleet.
                log.warn("Simulator skips meter {} of unknown kind '{}'", row.get("id"), row.get("kind"));
                continue;
            }
            MeterSeed meter = meter(row, kind.get(), sites.getOrDefault(row.get("site_id"), Map.of()),
                    offGas.get(row.get("site_id")));
            if (meter.reportingInterval().toSeconds() < 1) {
                log.warn("Simulator skips meter {}: reporting interval {} is under a second", meter.id(),
                        meter.reportingInterval());
                continue;
            }
            meters.add(meter);
        }
        return List.copyOf(meters);
    }

    private static MeterSeed meter(Map<String, String> row, MeterKind kind, Map<String, String> site,
                                   LocalDate siteOffGas) {
        LocalDate commissioned = text(row, "commissioned_on").map(LocalDate::parse).orElse(LocalDate.of(2020, 1, 1));
        String siteKind = text(site, "kind").orElse("");
        LocalDate heatPumpFrom = kind != MeterKind.ELECTRICITY_METER ? null
                : siteKind.equals(MIJNWATER_BUILDING) ? commissioned : siteOffGas;
        return new MeterSeed(row.get("id"), kind, row.get("installer_id"), row.get("site_id"),
                number(row, "capacity_kwp", 0),
                commissioned,
                number(row, "azimuth_deg", 180),
                number(row, "tilt_deg", 35),
                text(row, "reporting_interval").map(Duration::parse).orElse(Duration.ofMinutes(15)),
                number(site, "latitude", HEERLEN_LATITUDE),
                number(site, "longitude", HEERLEN_LONGITUDE),
                text(site, "household").map(Boolean::parseBoolean).orElse(false),
                siteKind,
                text(row, "decommissioned_on").map(LocalDate::parse).orElse(null),
                heatPumpFrom);
    }

    /** Per site, the day its (first) gas meter was removed. */
    private static Map<String, LocalDate> gasRemovals(List<Map<String, String>> meters) {
        Map<String, LocalDate> removals = new HashMap<>();
        for (Map<String, String> row : meters) {
            Optional<LocalDate> removed = text(row, "decommissioned_on").map(LocalDate::parse);
            if ("gas_meter".equals(row.get("kind")) && removed.isPresent() && row.get("site_id") != null) {
                removals.merge(row.get("site_id"), removed.get(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return removals;
    }

    private static Optional<String> text(Map<String, String> row, String column) {
        return Optional.ofNullable(row.get(column)).filter(value -> !value.isBlank());
    }

    private static double number(Map<String, String> row, String column, double fallback) {
        return text(row, column).map(Double::parseDouble).orElse(fallback);
    }
}
