package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The klimaatbegroting of 2016 from a known dataset (no seeded meter was in service then), against figures worked out
 * by hand. Factors for 2016 (TTW): electricity 0.5 kg/kWh, gas 2.0 kg/m3; boiler efficiency 0.8, 10 kWh per m3,
 * 1 000 m3 gas per home. 2016 is a leap year: 366 days.
 */
@IntegrationTest
class KlimaatbegrotingIntegrationTests extends IntegrationTestSupport {
    static final int YEAR = 2016;
    static final LocalDate JAN_1 = LocalDate.of(YEAR, 1, 1);
    static final LocalDate NEXT_JAN_1 = LocalDate.of(YEAR + 1, 1, 1);

    WebTestClient web;

    @Autowired
    void loginAsAdmin(WebTestClient client) {
        this.web = nl.heerlen.energiemonitor.support.TestUsers.admin(client);
    }

    /** Once per run, after the context (and so the migrations) is up. */
    @BeforeEach
    void knownDataset() {
        KnownDataset.arrange();
    }

    @Test
    void measuresCarryMoneyKpiEnergyCo2AndWhatTheyAreComputedFrom() {
        Klimaatbegroting k = report();
        MeasureLine school = measure(k, "6.1");
        assertThat(school.measuredKwh()).isCloseTo(3_660.0, within(1e-6));          // 366 days x 10 kWh
        assertThat(school.measuredCo2Tonnes()).isCloseTo(1.83, within(1e-9));       // 3 660 x 0.5 kg
        assertThat(school.plannedEur()).isEqualByComparingTo("10000.00");
        assertThat(school.eurPerTonne()).isEqualByComparingTo("5000.00");           // 9 150 / 1.83
        assertThat(school.kpiActual()).isEqualTo(1.0);
        assertThat(school.meters()).containsExactly(KnownDataset.SCHOOL_PV);
        assertThat(school.factors()).containsExactly("electricity 2016 TTW v1");

        MeasureLine mijnwater = measure(k, "6.4b");
        // heat 36 600 kWh / 0.8 / 10 = 4 575 m3 x 2.0 = 9 150 kg; heat pumps 7 320 kWh x 0.5 = 3 660 kg -> 5.49 t
        assertThat(mijnwater.measuredCo2Tonnes()).isCloseTo(5.49, within(1e-9));
        assertThat(mijnwater.eurPerTonne()).isEqualByComparingTo("1000.00");
        assertThat(mijnwater.meters()).containsExactlyInAnyOrder(KnownDataset.MW_HEAT, KnownDataset.MW_POWER);
        assertThat(mijnwater.assumptions()).containsExactly("gas_boiler_efficiency 2016 v1", "gas_kwh_per_m3 2016 v1");

        assertThat(measure(k, "6.4a").kpiActual()).isEqualTo(2.0);
        assertThat(measure(k, "6.5").kpiActual()).isEqualTo(1.0);
        assertThat(measure(k, "6.5").measuredCo2Tonnes()).isCloseTo(2.0, within(1e-9)); // 1 home x 1 000 m3 x 2.0 kg
        assertThat(measure(k, "6.3").kpiActual()).isNull();
    }

    @Test
    void installationGroupsAndQuality() {
        Klimaatbegroting k = report();
        var g = k.groups();
        assertThat(g.schoolRoofs().roofs()).isEqualTo(1);
        assertThat(g.schoolRoofs().kwp()).isEqualTo(20.0);
        assertThat(g.schoolRoofs().kwhPerKwp()).isCloseTo(183.0, within(1e-9));
        assertThat(g.centrePanels().panels()).isEqualTo(2);
        assertThat(g.centrePanels().target()).isEqualTo(5000.0);
        assertThat(g.centrePanels().kwh()).isCloseTo(732.0, within(1e-6));
        assertThat(g.mijnwater().heatKwh()).isCloseTo(36_600.0, within(1e-6));
        assertThat(g.mijnwater().coldKwh()).isCloseTo(7_320.0, within(1e-6));
        assertThat(g.mijnwater().gasAvoidedM3()).isCloseTo(4_575.0, within(1e-6));
        assertThat(g.gasFree().homesOffGas()).isEqualTo(1);
        assertThat(g.gasFree().target()).isEqualTo(500.0);
        assertThat(k.quality().groups()).filteredOn(q -> !q.group().equals("gas_free"))
                .allSatisfy(q -> assertThat(q.coverage()).isCloseTo(1.0, within(1e-9)));
        assertThat(k.quality().groups()).filteredOn(q -> q.group().equals("gas_free")).singleElement()
                .as("the heat meter of one home: fewer homes than the privacy threshold gave data")
                .satisfies(q -> assertThat(q.coverage()).isNull());
        assertThat(k.provisional()).as("ended year, fully measured").isFalse();
        assertThat(k.factors()).extracting(FactorUsed::year).containsOnly(YEAR);
    }

    @Test
    void pdfCarriesTheFiguresInDutch() throws Exception {
        // The first PDF of a run builds PDFBox's font cache: allow for it.
        byte[] pdf = web.mutate().responseTimeout(java.time.Duration.ofSeconds(90)).build().get().uri("/api/v1/klimaatbegroting/{y}/report.pdf", YEAR).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/pdf").expectBody(byte[].class).returnResult().getResponseBody();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            // Table cells wrap: compare with all white space (also the non-breaking one after €) as single spaces.
            text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Klimaatbegroting 2016", "3.660,0 kWh", "€ 10.000,00", "€ 5.000,00", "5,5 ton CO2",
                "36.600,0 kWh", "2 van 5.000 panelen", "1 van 500 woningen");
    }

    @Test
    void csvAndHtmlShowTheSameMeasures() {
        String csv = web.get().uri("/api/v1/klimaatbegroting/{y}/report.csv", YEAR).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().filter(l -> l.startsWith("2016,") && l.contains(",6.1,")).findFirst().orElseThrow())
                .contains("10000.00", "9150.00", "3660.0", "5000.00", KnownDataset.SCHOOL_PV);
        String html = web.get().uri("/api/v1/klimaatbegroting/{y}/report.html", YEAR).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("<svg", "183 kWh/kWp", "definitief");
    }

    private Klimaatbegroting report() {
        return web.get().uri("/api/v1/klimaatbegroting/{y}", YEAR).exchange().expectStatus().isOk()
                .expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
    }

    private static MeasureLine measure(Klimaatbegroting k, String code) {
        return k.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
