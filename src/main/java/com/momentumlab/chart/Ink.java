package com.momentumlab.chart;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The colour a line is drawn with on a dark page, as {@code apex-chart.ts}'s {@code ink} computes it: colours chosen
 * for a white page are mixed with white until their WCAG luminance reaches {@link #DARK_MIN_LUMINANCE}. A legend's
 * swatch uses it so that it matches the line it names in either scheme.
 */
public final class Ink {

    /** The same threshold as {@code DARK_MIN_LUMINANCE} in apex-chart.ts. */
    static final double DARK_MIN_LUMINANCE = 0.2;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Ink() {}

    /** CSS custom properties for a swatch of {@code color}: {@code --ml-swatch} and {@code --ml-swatch-dark}. */
    public static String swatchStyle(String color) {
        return "--ml-swatch: " + color + "; --ml-swatch-dark: " + onDarkPage(color);
    }

    /** {@code color} ("#rrggbb") as drawn on a dark page; any other notation is returned as given. */
    public static String onDarkPage(String color) {
        if (!HEX.matcher(color).matches()) {
            return color;
        }
        double[] rgb = new double[3];
        for (int c = 0; c < 3; c++) {
            rgb[c] = Integer.parseInt(color.substring(1 + 2 * c, 3 + 2 * c), 16) / 255.0;
        }
        if (luminance(rgb) >= DARK_MIN_LUMINANCE) {
            return color;
        }
        double low = 0;
        double high = 1;
        for (int i = 0; i < 12; i++) {
            double t = (low + high) / 2;
            if (luminance(mix(rgb, t)) >= DARK_MIN_LUMINANCE) {
                high = t;
            } else {
                low = t;
            }
        }
        double[] mixed = mix(rgb, high);
        StringBuilder hex = new StringBuilder("#");
        for (double c : mixed) {
            hex.append(String.format(Locale.ROOT, "%02x", Math.round(c * 255)));
        }
        return hex.toString();
    }

    private static double[] mix(double[] rgb, double t) {
        return new double[] {rgb[0] + (1 - rgb[0]) * t, rgb[1] + (1 - rgb[1]) * t, rgb[2] + (1 - rgb[2]) * t};
    }

    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int c = 0; c < 3; c++) {
            linear[c] = rgb[c] <= 0.04045 ? rgb[c] / 12.92 : Math.pow((rgb[c] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
