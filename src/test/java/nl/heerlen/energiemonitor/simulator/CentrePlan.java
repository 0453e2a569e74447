package nl.heerlen.energiemonitor.simulator;

import java.util.Random;

/** How the centre's panels are spread over its roofs: unequal roofs that add up to the target exactly. */
final class CentrePlan {

    private CentrePlan() {
    }

    static int[] panelsPerRoof(Random random, int roofs, int total) {
        double[] weights = new double[roofs];
        double sum = 0;
        for (int i = 0; i < roofs; i++) {
            weights[i] = 40 + 120 * random.nextDouble();
            sum += weights[i];
        }
        int[] panels = new int[roofs];
        int assigned = 0;
        for (int i = 0; i < roofs; i++) {
            panels[i] = (int) Math.floor(weights[i] / sum * total);
            assigned += panels[i];
        }
        for (int i = 0; assigned < total; i = (i + 1) % roofs) {
            panels[i]++;
            assigned++;
        }
        return panels;
    }
}
