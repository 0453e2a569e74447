package nl.heerlen.energiemonitor.accounting;

/**
 * Average supply and return temperature (°C) of a heat meter over the quarter hours in which it delivered heat or cold.
 *
 * @param quarters how many such quarter hours there were
 */
public record SupplyReturn(String meterId, double supplyAvg, double returnAvg, int quarters) {
    public double difference() {
        return supplyAvg - returnAvg;
    }
}
