package nl.heerlen.energiemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import nl.heerlen.energiemonitor.registry.InstallerId;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.registry.MeterKind;
import org.junit.jupiter.api.Test;

class OfflineRuleTests {
    private final OfflineRule rule = new OfflineRule(AlertsTestProperties.defaults());
    private final Daylight heerlen = new Daylight(50.89, 5.98, 5);

    @Test
    void pvMeterSilentSinceMorningIsOfflineAtNoon() {
        Instant noon = at("2026-06-01T12:00:00+02:00");
        assertThat(rule.judge(pv(Duration.ofMinutes(15)), at("2026-06-01T09:00:00+02:00"), heerlen, noon))
                .hasValueSatisfying(a -> {
                    assertThat(a.type()).isEqualTo(AlertType.METER_OFFLINE);
                    assertThat(a.value()).isEqualTo(Duration.ofHours(3).toSeconds());
                });
    }

    @Test
    void pvMeterSilentAtNightIsNotOffline() {
        Instant night = at("2026-06-01T23:30:00+02:00");
        assertThat(rule.judge(pv(Duration.ofMinutes(15)), at("2026-06-01T12:00:00+02:00"), heerlen, night)).isEmpty();
    }

    @Test
    void pvSilenceCountsFromSunriseSoASleepingInverterIsNotOfflineAtDawn() {
        // Last reading at dusk the day before; shortly after the sun passed 5° it has not been silent long in daylight.
        Instant dawn = heerlen.daylightSince(at("2026-06-02T08:00:00+02:00")).plus(Duration.ofMinutes(10));
        assertThat(rule.judge(pv(Duration.ofMinutes(15)), at("2026-06-01T21:30:00+02:00"), heerlen, dawn)).isEmpty();
        assertThat(rule.judge(pv(Duration.ofMinutes(15)), at("2026-06-01T21:30:00+02:00"), heerlen,
                dawn.plus(Duration.ofHours(1)))).isPresent();
    }

    @Test
    void heatMeterIsJudgedDayAndNightByItsOwnRhythm() {
        Meter heat = meter(MeterKind.HEAT_METER, Duration.ofMinutes(5));
        Instant night = at("2026-06-01T23:30:00+02:00");
        assertThat(rule.judge(heat, night.minus(Duration.ofMinutes(29)), heerlen, night)).isEmpty();
        assertThat(rule.judge(heat, night.minus(Duration.ofMinutes(31)), heerlen, night)).isPresent();
    }

    @Test
    void slowReporterGetsSeveralOfItsIntervals() {
        // A gateway that uploads four times a day.
        Meter gateway = meter(MeterKind.ELECTRICITY_METER, Duration.ofHours(6));
        Instant now = at("2026-06-01T23:30:00+02:00");
        assertThat(rule.allowedSilence(gateway)).isEqualTo(Duration.ofHours(18));
        assertThat(rule.judge(gateway, now.minus(Duration.ofHours(17)), heerlen, now)).isEmpty();
        assertThat(rule.judge(gateway, now.minus(Duration.ofHours(19)), heerlen, now)).isPresent();
    }

    @Test
    void neverSeenWithinTheLookbackIsOffline() {
        assertThat(rule.judge(meter(MeterKind.GAS_METER, Duration.ofMinutes(15)), null, heerlen,
                at("2026-06-01T23:30:00+02:00"))).hasValueSatisfying(a -> assertThat(a.message()).contains("7 dagen"));
    }

    private static Meter pv(Duration interval) {
        return meter(MeterKind.PV_INVERTER, interval);
    }

    private static Meter meter(MeterKind kind, Duration interval) {
        return new Meter(new MeterId("m-" + kind.wireName().replace('_', '-')), kind, new InstallerId("test-installer"),
                "site", kind.isPhotovoltaic() ? 10.0 : null, null, null, null, interval, Duration.ofHours(1));
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
