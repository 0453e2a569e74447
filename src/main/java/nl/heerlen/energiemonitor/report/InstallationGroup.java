package nl.heerlen.energiemonitor.report;

import nl.heerlen.energiemonitor.registry.Channel;

/** The groups of installations the report shows, each made of the sites of one kind and measured on one channel. */
enum InstallationGroup {
    SCHOOL_ROOFS("school", "Schooldaken", Channel.PV_ENERGY),
    CENTRE_PANELS("centre_building", "Zonnepanelen centrum", Channel.PV_ENERGY),
    MIJNWATER("mijnwater_building", "Mijnwater", Channel.HEAT_ENERGY),
    GAS_FREE("home", "Aardgasloze buurt", Channel.HEAT_ENERGY);

    final String siteKind;
    final String label;
    final Channel channel;

    InstallationGroup(String siteKind, String label, Channel channel) {
        this.siteKind = siteKind;
        this.label = label;
        this.channel = channel;
    }

    String wireName() {
        return name().toLowerCase();
    }
}
