package nl.heerlen.energiemonitor.report;

/**
 * The arithmetic of avoided CO2, in kilograms. Effects are computed from metered energy and the factors of the year,
 * never from marketing percentages.
 */
final class AvoidedEmissions {
    private AvoidedEmissions() {
    }

    /** PV replaces grid electricity kWh for kWh. */
    static double pvKg(double pvKwh, double electricityKgPerKwh) {
        return pvKwh * electricityKgPerKwh;
    }

    /** The gas a boiler of the given efficiency would burn to deliver the heat: heat ÷ efficiency ÷ kWh per m3. */
    static double gasM3ForHeat(double heatKwh, double boilerEfficiency, double kwhPerM3) {
        if (!(boilerEfficiency > 0) || !(kwhPerM3 > 0)) {
            throw new IllegalArgumentException("boiler efficiency and kWh per m3 must be positive");
        }
        return heatKwh / boilerEfficiency / kwhPerM3;
    }

    /** Mijnwater heat replaces a gas boiler, but its heat pumps use grid electricity: the one minus the other. */
    static double mijnwaterKg(double heatKwh, double heatPumpKwh, double boilerEfficiency, double kwhPerM3,
                              double gasKgPerM3, double electricityKgPerKwh) {
        return gasM3ForHeat(heatKwh, boilerEfficiency, kwhPerM3) * gasKgPerM3 - heatPumpKwh * electricityKgPerKwh;
    }

    /** Mijnwater cold replaces a compression chiller: the electricity that chiller would have used, cold ÷ SEER. */
    static double chillerKwhForCold(double coldKwh, double seer) {
        if (!(seer > 0)) {
            throw new IllegalArgumentException("a chiller's SEER must be positive");
        }
        return coldKwh / seer;
    }

    /**
     * Heat and cold together: the gas the boilers and the electricity the chillers would have used, minus the
     * metered electricity of the heat pumps and pumps that now deliver both (subtracted once).
     */
    static double mijnwaterKg(double heatKwh, double coldKwh, double heatPumpKwh, double boilerEfficiency,
                              double kwhPerM3, double seer, double gasKgPerM3, double electricityKgPerKwh) {
        return gasM3ForHeat(heatKwh, boilerEfficiency, kwhPerM3) * gasKgPerM3
                + chillerKwhForCold(coldKwh, seer) * electricityKgPerKwh - heatPumpKwh * electricityKgPerKwh;
    }

    /** A home off gas no longer burns its yearly gas use (an assumption, not a measurement). */
    static double homesOffGasKg(int homes, double gasM3PerHome, double gasKgPerM3) {
        return homes * gasM3PerHome * gasKgPerM3;
    }

    static double tonnes(double kg) {
        return kg / 1000.0;
    }
}
