package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.ingest.Payloads.reading;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import nl.heerlen.energiemonitor.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Backfills over HTTP: JSON and streamed CSV, every bad line reported, upload jobs, rejections and re-submission. */
@IntegrationTest
class HttpIngestIntegrationTests extends IntegrationTestSupport {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    WebTestClient anonymous;
    @Autowired
    MeterRegistry metrics;
    WebTestClient installer;
    String meter;
    String othersMeter;

    @BeforeEach
    void installerWithAMeter() {
        meter = TestMeters.pvInverter(20);
        othersMeter = TestMeters.register("pv_inverter", 20.0);
        TestSql.update("update meter set installer_id = ? where id = ?", TestMeters.OTHER_INSTALLER, othersMeter);
        installer = TestUsers.installer(anonymous, TestUsers.tokenFor(anonymous, TestMeters.INSTALLER))
                .mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    @Test
    void jsonOfTheMqttContractWithAMeterIsStored() {
        installer.post().uri("/api/v1/readings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"meter\":\"" + meter + "\",\"readings\":[" + reading("2026-05-01T12:00:00+02:00", "pv_energy", 5, "kWh")
                        + "," + reading("2026-05-01T12:15:00+02:00", "pv_energy", 5500, "Wh") + "]}")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.accepted").isEqualTo(2).jsonPath("$.rejected").isEqualTo(0);
        assertThat(TestSql.single("select max(value) from reading where meter_id = ?", meter)).isEqualTo(5.5);
    }

    @Test
    void aSenmlPackIsStoredWithTheMeterFromTheQuery() {
        installer.post().uri("/api/v1/readings?meter={m}", meter).contentType(MediaType.parseMediaType("application/senml+json"))
                .bodyValue("[{\"bn\":\"" + meter + "/\",\"bt\":1780300800,\"n\":\"pv_energy\",\"u\":\"MWh\",\"s\":1.5},"
                        + "{\"n\":\"pv_power\",\"u\":\"kW\",\"v\":3.2},{\"n\":\"wind\",\"u\":\"W\",\"v\":1}]")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.accepted").isEqualTo(2).jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.firstRejections[0].reason").isEqualTo("unknown_channel");
        assertThat(TestSql.single("select value from reading where meter_id = ? and channel = 'pv_energy'", meter)).isEqualTo(1500.0);
        assertThat(TestSql.single("select value from reading where meter_id = ? and channel = 'pv_power'", meter)).isEqualTo(3200.0);
    }

    @Test
    void readingsForAnotherInstallersMeterAreRejectedAndKept() {
        installer.post().uri("/api/v1/readings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"meter\":\"" + othersMeter + "\",\"readings\":[" + reading("2026-05-01T12:00:00+02:00", "pv_energy", 5, "kWh") + "]}")
                .exchange().expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.firstRejections[0].reason").isEqualTo("installer_mismatch");
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", othersMeter)).isZero();
        assertThat(TestSql.count("select count(*) from rejected_reading where meter_id = ? and reason = 'installer_mismatch'", othersMeter)).isEqualTo(1);
    }

    @Test
    void oversizedBodiesWrongContentTypesAndAnonymousUploadsAreRefused() {
        long before = TestSql.count("select count(*) from rejected_reading where reason = 'payload_too_large' and source = 'http'");
        installer.post().uri("/api/v1/readings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"meter\":\"" + meter + "\",\"readings\":[" + " ".repeat(2_000_000) + "]}")
                .exchange().expectStatus().isEqualTo(413).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(TestSql.count("select count(*) from rejected_reading where reason = 'payload_too_large' and source = 'http'")).isEqualTo(before + 1);
        installer.post().uri("/api/v1/readings").contentType(MediaType.TEXT_PLAIN).bodyValue("hello")
                .exchange().expectStatus().isEqualTo(415);
        anonymous.post().uri("/api/v1/readings").contentType(CSV).bodyValue("meter,ts,channel,value,unit\n")
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void csvGoodLinesAreStoredAndEveryBadLineIsReportedWithItsNumber() {
        String csv = """
                ts,meter,channel,value,unit
                2026-05-01T12:00:00+02:00,%1$s,pv_energy,10,kWh
                2026-05-01T12:15:00+02:00,%1$s,pv_energy,not-a-number,kWh
                2026-05-01T12:30:00+02:00,%1$s,pv_energy'; drop table reading;--,12,kWh
                2026-05-01T12:45:00+02:00,%1$s,pv_energy,13
                2026-05-01T13:00:00+02:00,x'; delete from meter;--,pv_energy,14,kWh
                2026-05-01 13:15,%1$s,pv_energy,15,kWh
                2026-05-01T13:30:00+02:00,%2$s,pv_energy,16,kWh

                "2026-05-01T13:45:00+02:00","%1$s","pv_energy","17","kWh"
                """.formatted(meter, othersMeter);
        installer.post().uri("/api/v1/readings").contentType(CSV).bodyValue(csv)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("done")
                .jsonPath("$.accepted").isEqualTo(2)
                .jsonPath("$.rejected").isEqualTo(6)
                .jsonPath("$.firstRejections[0].line").isEqualTo(3)
                .jsonPath("$.firstRejections[0].reason").isEqualTo("invalid_value")
                .jsonPath("$.firstRejections[1].reason").isEqualTo("unknown_channel")
                .jsonPath("$.firstRejections[2].reason").isEqualTo("invalid_payload")
                .jsonPath("$.firstRejections[3].reason").isEqualTo("unknown_meter")
                .jsonPath("$.firstRejections[4].reason").isEqualTo("invalid_timestamp")
                .jsonPath("$.firstRejections[5].reason").isEqualTo("installer_mismatch");
        assertThat(TestSql.count("select count(*) from reading where meter_id = ?", meter)).isEqualTo(2);
        assertThat(TestSql.count("select count(*) from meter")).isPositive();
        assertThat(TestSql.single("select raw_payload from rejected_reading where line_number = 4 and installer_id = ? order by id desc limit 1",
                TestMeters.INSTALLER)).asString().contains("drop table reading");
    }

    @Test
    void aCsvWithoutTheHeaderIsRefusedAsAWhole() {
        installer.post().uri("/api/v1/readings").contentType(CSV).bodyValue("a,b,c\n1,2,3\n")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("meter,ts,channel,value,unit"));
    }

    @Test
    void anUploadJobCanBeFollowed() {
        Map<?, ?> job = installer.post().uri("/api/v1/ingest-jobs").exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = job.get("jobId").toString();
        StringBuilder csv = new StringBuilder("meter,ts,channel,value,unit\n");
        for (int i = 0; i < 25_000; i++) {
            csv.append(meter).append(',').append(java.time.Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * i))
                    .append(",pv_energy,").append(i * 0.01).append(",kWh\n");
        }
        installer.put().uri("/api/v1/ingest-jobs/{id}/csv", id).contentType(CSV).bodyValue(csv.toString())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.accepted").isEqualTo(25_000);
        installer.get().uri("/api/v1/ingest-jobs/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("done").jsonPath("$.lines").isEqualTo(25_000);
        TestUsers.installer(anonymous, TestUsers.tokenFor(anonymous, TestMeters.OTHER_INSTALLER))
                .get().uri("/api/v1/ingest-jobs/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void rejectedReadingsAreListedForTheirInstallerAndCanBeResubmittedOnceTheMeterExists() {
        String newMeter = "late-registered-" + System.nanoTime();
        installer.post().uri("/api/v1/readings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"meter\":\"" + newMeter + "\",\"readings\":[" + reading("2026-05-01T12:00:00+02:00", "pv_energy", 7, "kWh") + "]}")
                .exchange().expectStatus().isEqualTo(422);
        installer.get().uri("/api/v1/installers/me/rejections?reason=unknown_meter").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.meterId == '" + newMeter + "')].raw").value(raw -> assertThat(raw.toString()).contains("pv_energy"))
                .jsonPath("$[*].installerId").value(ids -> assertThat(ids.toString()).doesNotContain(TestMeters.OTHER_INSTALLER));

        installer.post().uri("/api/v1/meters").bodyValue(Map.of("id", newMeter, "kind", "pv_inverter", "capacityKwp", 5.0))
                .exchange().expectStatus().isCreated();
        installer.post().uri("/api/v1/installers/me/rejections/resubmit").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.accepted").value(n -> assertThat(((Number) n).longValue()).isGreaterThanOrEqualTo(1));

        assertThat(TestSql.single("select value from reading where meter_id = ?", newMeter)).isEqualTo(7.0);
        assertThat(TestSql.single("select resubmitted_at is not null from rejected_reading where meter_id = ?", newMeter)).isEqualTo(true);
    }

    /**
     * The 100,000-payload fuzz run found HTTP requests answered 200 that no counter saw: an empty body (JSON truncated
     * to nothing) has no buffers to join, so the handler was never called and 200 went out with no body.
     */
    @Test
    void anEmptyBodyIsRefusedAndCountedOnce() {
        double rejected = http("energiemonitor.readings.rejected") + http("energiemonitor.readings.rejected.repeats");
        installer.post().uri("/api/v1/readings").contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[0])
                .exchange().expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.lines").isEqualTo(1).jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.firstRejections[0].reason").isEqualTo("invalid_payload")
                .jsonPath("$.firstRejections[0].detail").isEqualTo("the body is empty");
        assertThat(http("energiemonitor.readings.rejected") + http("energiemonitor.readings.rejected.repeats"))
                .isEqualTo(rejected + 1);
    }

    /** Each reading is one outcome: a repeat is a duplicate, another value for a stored key a conflict, never both. */
    @Test
    void aRepeatIsCountedAsADuplicateAndAnotherValueAsAConflictOnly() {
        String ts = "2026-05-02T12:00:00+02:00";
        post(ts, 5);
        double accepted = http("energiemonitor.readings.accepted");
        double duplicates = http("energiemonitor.readings.duplicates");
        double conflicts = http("energiemonitor.readings.conflicts");
        post(ts, 5).jsonPath("$.accepted").isEqualTo(0).jsonPath("$.duplicates").isEqualTo(1).jsonPath("$.conflicts").isEqualTo(0);
        post(ts, 6).jsonPath("$.duplicates").isEqualTo(1).jsonPath("$.conflicts").isEqualTo(1);
        assertThat(http("energiemonitor.readings.accepted")).isEqualTo(accepted);
        assertThat(http("energiemonitor.readings.duplicates")).as("the repeat only").isEqualTo(duplicates + 1);
        assertThat(http("energiemonitor.readings.conflicts")).isEqualTo(conflicts + 1);
        assertThat(TestSql.count("select count(*) from reading_conflict where meter_id = ?", meter)).isEqualTo(1);
    }

    private WebTestClient.BodyContentSpec post(String ts, double kwh) {
        return installer.post().uri("/api/v1/readings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"meter\":\"" + meter + "\",\"readings\":[" + reading(ts, "pv_energy", kwh, "kWh") + "]}")
                .exchange().expectStatus().isOk().expectBody();
    }

    private double http(String counter) {
        return metrics.find(counter).tag("source", "http").counters().stream().mapToDouble(Counter::count).sum();
    }
}
