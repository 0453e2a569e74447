package nl.heerlen.energiemonitor.report;

import static nl.heerlen.energiemonitor.report.KlimaatbegrotingIntegrationTests.JAN_1;
import static nl.heerlen.energiemonitor.report.KlimaatbegrotingIntegrationTests.NEXT_JAN_1;
import static nl.heerlen.energiemonitor.report.KlimaatbegrotingIntegrationTests.YEAR;
import static nl.heerlen.energiemonitor.report.ReportFixtures.*;

import java.time.LocalDate;

/** The 2016 dataset of {@link KlimaatbegrotingIntegrationTests}: one of each installation group. */
final class KnownDataset {
    static final String SCHOOL_PV = "k16-school-pv";
    static final String MW_HEAT = "k16-mw-heat";
    static final String MW_POWER = "k16-mw-hp";
    private static boolean arranged;

    private KnownDataset() {
    }

    static synchronized void arrange() {
        if (arranged) {
            return;
        }
        LocalDate before = LocalDate.of(2015, 6, 1);
        LocalDate gone = NEXT_JAN_1; // taken out of service so that they don't count in other tests' years
        site("k16-school", "school", "6.1", false);
        meter(SCHOOL_PV, "pv_inverter", "k16-school", 20.0, 50, before, gone);
        days(SCHOOL_PV, "pv_energy", JAN_1, NEXT_JAN_1, 10);
        days(SCHOOL_PV, "pv_energy", LocalDate.of(2015, 12, 1), JAN_1, 10); // the year before: 31 days
        site("k16-centre", "centre_building", "6.4", false);
        for (String id : new String[] {"k16-opt-1", "k16-opt-2"}) {
            meter(id, "pv_optimizer", "k16-centre", 0.4, 1, before, gone);
            days(id, "pv_energy", JAN_1, NEXT_JAN_1, 1);
        }
        site("k16-mw", "mijnwater_building", "6.4", false);
        meter(MW_HEAT, "heat_meter", "k16-mw", null, null, before, gone);
        days(MW_HEAT, "heat_energy", JAN_1, NEXT_JAN_1, 100);
        days(MW_HEAT, "cold_energy", JAN_1, NEXT_JAN_1, 20);
        meter(MW_POWER, "electricity_meter", "k16-mw", null, null, before, gone);
        days(MW_POWER, "electricity_import", JAN_1, NEXT_JAN_1, 20);
        // Home 1 went off gas on 1 March: its gas meter was removed and a heat meter came; home 2 still uses gas.
        LocalDate march = LocalDate.of(YEAR, 3, 1);
        site("k16-home-1", "home", "6.5", true);
        meter("k16-home-1-gas", "gas_meter", "k16-home-1", null, null, LocalDate.of(2000, 1, 1), march);
        meter("k16-home-1-heat", "heat_meter", "k16-home-1", null, null, march, gone);
        days("k16-home-1-heat", "heat_energy", march, NEXT_JAN_1, 15);
        site("k16-home-2", "home", "6.5", true);
        meter("k16-home-2-gas", "gas_meter", "k16-home-2", null, null, LocalDate.of(2000, 1, 1), gone);
        // Eight more homes on gas, so that the neighbourhood reaches the privacy threshold (10 homes) and is shown.
        for (int home = 3; home <= 10; home++) {
            site("k16-home-" + home, "home", "6.5", true);
            meter("k16-home-" + home + "-gas", "gas_meter", "k16-home-" + home, null, null, before, gone);
        }
        factor("electricity", YEAR, 0.5, "kWh");
        factor("natural_gas", YEAR, 2.0, "m3");
        assumption("gas_boiler_efficiency", YEAR, 0.8);
        assumption("gas_kwh_per_m3", YEAR, 10);
        assumption("home_gas_m3_per_year", YEAR, 1000);
        assumption("chiller_seer", YEAR, 4.0);
        line("6.1", YEAR, "10000.00", "9150.00", 2.0);
        line("6.4b", YEAR, "6000.00", "5490.00", 5.0);
        arranged = true;
    }
}
