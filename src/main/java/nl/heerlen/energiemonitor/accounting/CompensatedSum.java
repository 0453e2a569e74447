package nl.heerlen.energiemonitor.accounting;

/**
 * Neumaier summation: a year bucket adds 35,000 quarter hours, and plain addition would let the
 * rounding of each step pile up in the total.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double value) {
        double total = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - total) + value;
        } else {
            compensation += (value - total) + sum;
        }
        sum = total;
    }

    double value() {
        return sum + compensation;
    }
}
