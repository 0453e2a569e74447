package nl.heerlen.energiemonitor.registry;

import static nl.heerlen.energiemonitor.registry.Channel.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Kinds of device in the field; a meter's channels follow from its kind. */
public enum MeterKind {
    PV_INVERTER("pv_inverter", EnumSet.of(PV_ENERGY, PV_POWER)),
    PV_OPTIMIZER("pv_optimizer", EnumSet.of(PV_ENERGY, PV_POWER)),
    HEAT_METER("heat_meter", EnumSet.of(HEAT_ENERGY, COLD_ENERGY, VOLUME, SUPPLY_TEMP, RETURN_TEMP)),
    ELECTRICITY_METER("electricity_meter", EnumSet.of(ELECTRICITY_IMPORT, ELECTRICITY_EXPORT)),
    GAS_METER("gas_meter", EnumSet.of(GAS_VOLUME));

    private final String wireName;
    private final Set<Channel> channels;

    MeterKind(String wireName, Set<Channel> channels) {
        this.wireName = wireName;
        this.channels = channels;
    }

    public String wireName() {
        return wireName;
    }

    public Set<Channel> channels() {
        return EnumSet.copyOf(channels);
    }

    public boolean hasChannel(Channel channel) {
        return channels.contains(channel);
    }

    public boolean isPhotovoltaic() {
        return this == PV_INVERTER || this == PV_OPTIMIZER;
    }

    public static Optional<MeterKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
