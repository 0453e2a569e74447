package nl.heerlen.energiemonitor.report;

import java.awt.image.BufferedImage;

/** Variance of the grey values of an image: zero for a blank one, large for a drawn chart. */
final class PixelVariance {
    private PixelVariance() {
    }

    static double of(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long n = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3.0;
                sum += grey;
                squares += grey * grey;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }
}
