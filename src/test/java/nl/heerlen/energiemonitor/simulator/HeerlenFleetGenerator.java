package nl.heerlen.energiemonitor.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes seeds/heerlen/: the full simulated Heerlen fleet in the seeds' CSV formats, the same for the same seed.
 * <pre>
 *   mvn -B -o -q test-compile
 *   java -cp target/test-classes nl.heerlen.energiemonitor.simulator.HeerlenFleetGenerator seeds/heerlen 2018
 * </pre>
 * About 40 school roofs (6.1), the centre's 5000 optimizers on 50 roofs built up from 2021 to 2028 (6.4), 300
 * Mijnwater connections with a heat meter and a heat-pump electricity meter (6.4), and 500 homes of the gas-free
 * neighbourhood (6.5) whose gas meters are removed between 2022 and 2030 ({@code decommissioned_on}). Dates in the
 * future are the plan: the simulator keeps those devices silent until then.
 */
public final class HeerlenFleetGenerator {

    static final String INSTALLERS = "id,name,contact_email";
    static final String SITES = "id,name,kind,municipality,address,measure_code,household,latitude,longitude";
    static final String METERS = "id,kind,installer_id,site_id,capacity_kwp,panel_count,commissioned_on,azimuth_deg,"
            + "tilt_deg,reporting_interval,decommissioned_on";

    private final Random random;
    private final List<String> sites = new ArrayList<>(List.of(SITES));
    private final List<String> meters = new ArrayList<>(List.of(METERS));

    HeerlenFleetGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "seeds/heerlen");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2018;
        new HeerlenFleetGenerator(seed).generate().write(out);
        System.out.println("Heerlen fleet written to " + out.toAbsolutePath());
    }

    HeerlenFleetGenerator generate() {
        schools();
        centre();
        mijnwater();
        neighbourhood();
        return this;
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("installers.csv"), List.of(INSTALLERS,
                "zonnewerk,Zonnewerk Limburg B.V. (simulated),installateur@zonnewerk.example",
                "schooldak,Schooldak Energie Parkstad (simulated),service@schooldak.example",
                "centrumsolar,Centrum Solar Heerlen (simulated),service@centrumsolar.example",
                "mijnwater,Mijnwater Meetdienst (simulated),meetdata@mijnwater.example",
                "warmtepomp-zuid,Warmtepomp Service Zuid (simulated),storing@warmtepomp-zuid.example",
                "slimmemeter,Slimme Meter Uitlees B.V. (simulated),data@slimmemeter.example"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("sites.csv"), sites, StandardCharsets.UTF_8);
        Files.write(dir.resolve("meters.csv"), meters, StandardCharsets.UTF_8);
    }

    private void schools() {
        for (int i = 1; i <= 40; i++) {
            String site = String.format("school-%02d", i);
            site(site, "Basisschool " + HeerlenNames.SCHOOLS.get(i - 1), "school", HeerlenNames.STREETS, "6.1",
                    HeerlenNames.point(random, 50.860, 50.915, 5.930, 6.020));
            double kwp = Math.round(2 * (15 + 135 * Math.pow(random.nextDouble(), 1.5))) / 2.0;
            String interval = random.nextDouble() < 0.35 ? "PT1M" : "PT15M";
            meter("pv-" + site, "pv_inverter", i % 2 == 0 ? "schooldak" : "zonnewerk", site, kwp,
                    (int) Math.round(kwp / 0.37), spread(LocalDate.of(2016, 3, 1), LocalDate.of(2025, 10, 1)),
                    5 * (18 + random.nextInt(19)), 5 + random.nextInt(31), interval, null);
        }
    }

    /** 50 roofs, 5000 optimizers; each roof's panels come in over two weeks once its build starts. */
    private void centre() {
        int[] panels = CentrePlan.panelsPerRoof(random, 50, 5000);
        List<LocalDate> starts = new ArrayList<>();
        for (int roof = 0; roof < 50; roof++) {
            starts.add(spread(LocalDate.of(2021, 3, 1), LocalDate.of(2028, 12, 31)));
        }
        starts.sort(null);
        for (int roof = 1; roof <= 50; roof++) {
            String site = String.format("centrum-dak-%02d", roof);
            site(site, "Centrumdak " + roof, "centre_building", HeerlenNames.CENTRE_STREETS, "6.4",
                    HeerlenNames.point(random, 50.8835, 50.8925, 5.9730, 5.9860));
            boolean eastWest = random.nextDouble() < 0.4;
            int southAzimuth = 170 + random.nextInt(21);
            double kwp = starts.get(roof - 1).getYear() >= 2024 ? 0.43 : 0.40;
            for (int panel = 1; panel <= panels[roof - 1]; panel++) {
                int azimuth = eastWest ? (panel % 2 == 0 ? 90 : 270) : southAzimuth;
                meter(String.format("opt-dak%02d-%03d", roof, panel), "pv_optimizer", "centrumsolar", site, kwp, 1,
                        starts.get(roof - 1).plusDays(random.nextInt(14)), azimuth, eastWest ? 10 : 12, "PT15M", null);
            }
        }
    }

    private void mijnwater() {
        for (int i = 1; i <= 300; i++) {
            String site = String.format("mijnwater-%03d", i);
            site(site, "Mijnwater-aansluiting " + i, "mijnwater_building", HeerlenNames.STREETS, "6.4",
                    HeerlenNames.point(random, 50.875, 50.905, 5.950, 5.995));
            LocalDate connected = spread(LocalDate.of(2019, 1, 1), LocalDate.of(2027, 3, 1));
            meter("heat-" + site, "heat_meter", "mijnwater", site, null, null, connected, null, null, "PT15M", null);
            meter("hp-" + site, "electricity_meter", "warmtepomp-zuid", site, null, null, connected, null, null,
                    "PT15M", null);
        }
    }

    /** Homes: old gas meters removed when the home goes off gas; the smart electricity meter stays. */
    private void neighbourhood() {
        for (int i = 1; i <= 500; i++) {
            String site = String.format("woning-%03d", i);
            site(site, "Woning " + i, "home", HeerlenNames.NEIGHBOURHOOD_STREETS, "6.5",
                    HeerlenNames.point(random, 50.8680, 50.8760, 5.9520, 5.9660));
            LocalDate gasMeter = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(8 * 365));
            LocalDate offGas = spread(LocalDate.of(2022, 3, 1), LocalDate.of(2030, 6, 30));
            meter("gas-" + site, "gas_meter", "slimmemeter", site, null, null, gasMeter, null, null, "PT1H", offGas);
            boolean solar = random.nextDouble() < 0.4;
            meter("el-" + site, "electricity_meter", "slimmemeter", site, solar ? 2 + 0.5 * random.nextInt(10) : null,
                    null, LocalDate.of(2015, 1, 1).plusDays(random.nextInt(6 * 365)),
                    solar ? 5 * (18 + random.nextInt(19)) : null, solar ? 20 + random.nextInt(26) : null, "PT15M", null);
        }
    }

    /** A date between the two, more often in the middle: the build-up of a programme is an S-curve. */
    private LocalDate spread(LocalDate from, LocalDate to) {
        double middleHeavy = (random.nextDouble() + random.nextDouble()) / 2;
        return from.plusDays(Math.round(middleHeavy * (to.toEpochDay() - from.toEpochDay())));
    }

    private void site(String id, String name, String kind, List<String> streets, String measure, String[] point) {
        sites.add(String.join(",", id, name + " (simulated)", kind, "Heerlen", HeerlenNames.address(random, streets),
                measure, String.valueOf(kind.equals("home")), point[0], point[1]));
    }

    private void meter(String id, String kind, String installer, String site, Double kwp, Integer panels,
                       LocalDate commissioned, Integer azimuth, Integer tilt, String interval, LocalDate decommissioned) {
        meters.add(String.join(",", id, kind, installer, site, kwp == null ? "" : String.format(Locale.ROOT, "%.2f", kwp),
                text(panels), commissioned.toString(), text(azimuth), text(tilt), interval, text(decommissioned)));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
