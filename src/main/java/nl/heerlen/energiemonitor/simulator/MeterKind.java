package nl.heerlen.energiemonitor.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Meter kinds of the seeds and the channels each reports, as fixed by MQTT contract v1. */
enum MeterKind {
    PV_INVERTER("pv_inverter", Channel.PV_ENERGY, Channel.PV_POWER),
    PV_OPTIMIZER("pv_optimizer", Channel.PV_ENERGY, Channel.PV_POWER),
    HEAT_METER("heat_meter", Channel.HEAT_ENERGY, Channel.COLD_ENERGY, Channel.VOLUME,
            Channel.SUPPLY_TEMP, Channel.RETURN_TEMP),
    ELECTRICITY_METER("electricity_meter", Channel.ELECTRICITY_IMPORT, Channel.ELECTRICITY_EXPORT),
    GAS_METER("gas_meter", Channel.GAS_VOLUME);

    private final String seedName;
    private final List<Channel> channels;

    MeterKind(String seedName, Channel... channels) {
        this.seedName = seedName;
        this.channels = List.of(channels);
    }

    static Optional<MeterKind> fromSeedName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.seedName.equals(name)).findFirst();
    }

    List<Channel> channels() {
        return channels;
    }
}
