package nl.heerlen.energiemonitor.simulator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The units one device reports in. Real fleets differ (Mijnwater heat meters show GJ or MWh,
 * many inverters count Wh, some report power in kW), so each meter gets a fixed choice, derived from its id so it does
 * not change between runs or seeds; this exercises the ingest side's unit conversion.
 */
final class MeterUnits {

    private static final List<Unit> PV_ENERGY = List.of(Unit.KWH, Unit.WH, Unit.KWH);
    private static final List<Unit> PV_POWER = List.of(Unit.W, Unit.W, Unit.KW);
    private static final List<Unit> HEAT_ENERGY = List.of(Unit.GJ, Unit.MWH, Unit.KWH);
    private static final List<Unit> GRID_ENERGY = List.of(Unit.KWH, Unit.WH);

    private final Map<Channel, Unit> units;

    private MeterUnits(Map<Channel, Unit> units) {
        this.units = units;
    }

    static MeterUnits forMeter(MeterSeed meter) {
        // String.hashCode is specified by the JLS, hence stable; floorMod keeps it non-negative.
        int pick = Math.floorMod(meter.id().hashCode(), 12);
        Map<Channel, Unit> units = new EnumMap<>(Channel.class);
        units.put(Channel.PV_ENERGY, PV_ENERGY.get(pick % PV_ENERGY.size()));
        units.put(Channel.PV_POWER, PV_POWER.get(pick % PV_POWER.size()));
        Unit heat = HEAT_ENERGY.get(pick % HEAT_ENERGY.size());
        units.put(Channel.HEAT_ENERGY, heat);
        units.put(Channel.COLD_ENERGY, heat);
        Unit grid = GRID_ENERGY.get(pick % GRID_ENERGY.size());
        units.put(Channel.ELECTRICITY_IMPORT, grid);
        units.put(Channel.ELECTRICITY_EXPORT, grid);
        units.put(Channel.SUPPLY_TEMP, Unit.CEL);
        units.put(Channel.RETURN_TEMP, Unit.CEL);
        units.put(Channel.VOLUME, Unit.M3);
        units.put(Channel.GAS_VOLUME, Unit.M3);
        return new MeterUnits(units);
    }

    Unit unitOf(Channel channel) {
        return units.get(channel);
    }
}
