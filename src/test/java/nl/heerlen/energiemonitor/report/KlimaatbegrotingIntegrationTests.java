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
 * 1 000 m3 gas per home, chiller SEER 4. 2016 is a leap year: 366 days.
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
        // heat 36 600 kWh / 0.8 / 10 = 4 575 m3 x 2.0 = 9 150 kg; cold 7 320 kWh / SEER 4 = 1 830 kWh x 0.5 = 915 kg;
        // heat pumps 7 320 kWh x 0.5 = 3 660 kg -> 9 150 + 915 - 3 660 = 6 405 kg
        assertThat(mijnwater.measuredCo2Tonnes()).isCloseTo(6.405, within(1e-9));
        assertThat(mijnwater.eurPerTonne()).isEqualByComparingTo("857.14");                 // 5 490 / 6.405
        assertThat(mijnwater.meters()).containsExactlyInAnyOrder(KnownDataset.MW_HEAT, KnownDataset.MW_POWER);
        assertThat(mijnwater.assumptions()).containsExactly("gas_boiler_efficiency 2016 v1", "gas_kwh_per_m3 2016 v1",
                "chiller_seer 2016 v1");
        assertThat(mijnwater.effectParts()).extracting(MeasureLine.EffectPart::part).containsExactly("warmte", "koude", "warmtepompen");
        assertThat(mijnwater.effectParts()).extracting(MeasureLine.EffectPart::co2Tonnes).satisfiesExactly(
                t -> assertThat(t).isCloseTo(9.15, within(1e-9)), t -> assertThat(t).isCloseTo(0.915, within(1e-9)),
                t -> assertThat(t).isCloseTo(-3.66, within(1e-9)));
        assertThat(mijnwater.effectParts().get(1).computation()).contains("7.320,0 kWh / SEER 4,00 = 1.830,0 kWh");

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
        assertThat(g.mijnwater().chillerKwhAvoided()).isCloseTo(1_830.0, within(1e-6));
        assertThat(g.mijnwater().co2AvoidedTonnes()).isCloseTo(6.405, within(1e-9));
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
        assertThat(text).contains("Klimaatbegroting 2016", "3.660,0 kWh", "€ 10.000,00", "€ 5.000,00", "6,4 ton CO2",
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

    @Test
    void measuredPaletContributionPerCalendarYear() {
        PaletSection palet = report().palet();
        // 2015: school roof, 31 days x 10 kWh = 310 kWh; nothing avoided yet
        var y2015 = contribution(palet, 2015);
        assertThat(y2015.renewableTj()).isCloseTo(310 * 3.6e-6, within(1e-12));
        assertThat(y2015.avoidedTj()).isZero();
        // 2016: PV 3 660 + 732 = 4 392 kWh; Mijnwater heat 36 600 - heat pumps 7 320 = 29 280 kWh
        var y2016 = contribution(palet, 2016);
        assertThat(y2016.renewableTj()).isCloseTo(4_392 * 3.6e-6, within(1e-12));
        assertThat(y2016.avoidedTj()).isCloseTo(29_280 * 3.6e-6, within(1e-12));
        assertThat(y2016.totalTj()).isCloseTo(33_672 * 3.6e-6, within(1e-12));
        assertThat(palet.measuredContributionTj()).isEqualTo(y2016.totalTj());
        assertThat(palet.measuredContribution()).last().satisfies(c -> assertThat(c.year()).isEqualTo(YEAR));

        String csv = web.get().uri("/api/v1/klimaatbegroting/{y}/report.csv?table=palet", YEAR).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith("gemeten_opwekking_tj,gemeten_vermeden_tj,gemeten_totaal_tj");
        assertThat(csv.lines().filter(l -> l.startsWith("2016,") && l.contains(",2015,")).findFirst().orElseThrow())
                .endsWith("," + (310 * 3.6e-6) + ",0.0," + (310 * 3.6e-6));
        web.get().uri("/api/v1/klimaatbegroting/{y}/report.csv?table=nonsense", YEAR).exchange().expectStatus().isBadRequest();
    }

    @Test
    void projectionWithoutAndWithMeasuresInJsonCsvAndHtml() {
        Klimaatbegroting k = report();
        ProjectionSection p = k.projection();
        assertThat(p.years()).first().satisfies(y -> assertThat(y.year()).isEqualTo(YEAR));
        assertThat(p.years()).last().satisfies(y -> assertThat(y.year()).isEqualTo(k.palet().targetYear()));
        Double inventory = k.palet().statistics().stream().filter(s -> s.year() == p.inventoryYear()).findFirst()
                .orElseThrow().co2Kt();
        assertThat(p.years()).allSatisfy(y -> {
            assertThat(y.baselineKt()).isEqualTo(inventory);
            assertThat(y.withMeasuresKt()).isCloseTo(Math.max(0, inventory - y.plannedCo2Tonnes() / 1000), within(1e-9));
        });
        assertThat(p.closesGapNextYear()).isNotNull();
        assertThat(k.summary().sentence()).contains(SummaryWriter.plan(p).trim());
        String csv = web.get().uri("/api/v1/klimaatbegroting/{y}/report.csv?table=projection", YEAR).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().count()).isEqualTo(1 + p.years().size());
        assertThat(csv.lines().findFirst().orElseThrow()).contains("zonder_maatregelen_kton_co2", "met_maatregelen_kton_co2", "plafond_kton_co2");
        String html = web.get().uri("/api/v1/klimaatbegroting/{y}/report.html", YEAR).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("id=\"projection-chart\"", "Zonder maatregelen", "Met geplande maatregelen",
                HtmlProjection.verdict(p), "Gemeten bijdrage (staven, max");
    }

    private static PaletSection.ContributionYear contribution(PaletSection palet, int year) {
        return palet.measuredContribution().stream().filter(c -> c.year() == year).findFirst().orElseThrow();
    }

    private Klimaatbegroting report() {
        return web.get().uri("/api/v1/klimaatbegroting/{y}", YEAR).exchange().expectStatus().isOk()
                .expectBody(Klimaatbegroting.class).returnResult().getResponseBody();
    }

    private static MeasureLine measure(Klimaatbegroting k, String code) {
        return k.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
