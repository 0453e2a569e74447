package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ReadingPayloadTests {

    private static final List<SimulatedMeter> FLEET = SimulatedMeter.fleet(SeedFleet.load(Path.of("seeds")), 2018);

    @Test
    void encodesTheContractShapeWithAnAmsterdamOffsetAndPlainNumbers() {
        Reading reading = new Reading(Instant.parse("2026-06-01T10:00:00.750Z"), Channel.PV_ENERGY, 12_345_678.9);

        String json = new String(ReadingPayload.encode(List.of(reading), unitsReporting(Unit.KWH)), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"readings\":[{\"ts\":\"2026-06-01T12:00:00+02:00\","
                + "\"channel\":\"pv_energy\",\"value\":12345678.900,\"unit\":\"kWh\"}]}");
    }

    @Test
    void winterTimestampsCarryPlusOneHour() {
        assertThat(ReadingPayload.timestamp(Instant.parse("2026-01-15T11:00:00Z"))).isEqualTo("2026-01-15T12:00:00+01:00");
    }

    @Test
    void everyMeterOfTheFleetProducesContractValidPayloads() {
        Instant noon = Instant.parse("2026-06-01T10:00:00Z");
        for (SimulatedMeter meter : FLEET) {
            byte[] payload = meter.payload(meter.readingsAt(noon));

            int readings = ContractAssertions.assertValidPayload(payload, kindName(meter));
            assertThat(readings).isEqualTo(meter.seed().kind().channels().size());
        }
    }

    @Test
    void theFleetUsesVariedUnitsLikeRealDevices() {
        Set<Unit> energyUnits = FLEET.stream()
                .flatMap(meter -> meter.seed().kind().channels().stream()
                        .filter(channel -> channel.quantity() == Quantity.ENERGY)
                        .map(channel -> meter.units().unitOf(channel)))
                .collect(Collectors.toSet());

        assertThat(energyUnits).hasSizeGreaterThanOrEqualTo(3);
        assertThat(energyUnits).anyMatch(unit -> unit == Unit.GJ || unit == Unit.MWH);
    }

    @Test
    void unitsConvertFromCanonicalValues() {
        assertThat(Unit.GJ.fromCanonical(1000)).isCloseTo(3.6, within(1e-12));
        assertThat(Unit.WH.fromCanonical(1.5)).isEqualTo(1500);
        assertThat(Unit.KW.fromCanonical(2500)).isEqualTo(2.5);
    }

    private static String kindName(SimulatedMeter meter) {
        return meter.seed().kind().name().toLowerCase();
    }

    /** Units are fixed per meter id; borrow those of a fleet device that reports PV energy in the unit. */
    private static MeterUnits unitsReporting(Unit energyUnit) {
        return FLEET.stream().map(SimulatedMeter::units)
                .filter(units -> units.unitOf(Channel.PV_ENERGY) == energyUnit)
                .findFirst().orElseThrow();
    }
}
