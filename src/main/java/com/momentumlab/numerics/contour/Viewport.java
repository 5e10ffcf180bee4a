package com.momentumlab.numerics.contour;

import com.momentumlab.numerics.function.Window;

/**
 * The pixel size of the chart's plot area a contour set is drawn in. It decides how finely the function is
 * sampled ({@link #gridNx()}, {@link #gridNy()}) and how much the lines may be simplified (one pixel in data
 * units, per axis).
 */
public record Viewport(int widthPx, int heightPx) {

    /** The width the display rule is stated for: at most 1 px error on a 1200 px wide chart. */
    public static final int DEFAULT_WIDTH_PX = 1200;

    /**
     * Grid spacing in pixels: one grid cell per pixel. Marching squares draws straight segments across each
     * cell and can miss or invent features narrower than a cell. On the valley, 3 px cells would already be
     * within 0.1 px of a 10x finer reference; on Rosenbrock's banana valley, whose low levels pinch to
     * zero width at the tip, 3 px cells misplace the lines there by up to 7 px (spurious islands), 1 px
     * cells by 1.6 px (measured in docs/PERFORMANCE.md). Sampling 1.4 M points costs tens of ms, once per
     * function (the result is cached), and the simplified payload hardly grows.
     */
    public static final int PX_PER_CELL = 1;

    /** Largest side accepted (a 4K screen is 3840 px wide); bounds the grid at 4097 x 4097 points, 134 MB of values. */
    public static final int MAX_PX = 4096;

    public Viewport {
        if (widthPx < 1 || heightPx < 1 || widthPx > MAX_PX || heightPx > MAX_PX) {
            throw new IllegalArgumentException("viewport must be 1 to " + MAX_PX + " px on each side, got "
                    + widthPx + " x " + heightPx);
        }
    }

    /** A plot area {@code widthPx} wide whose height keeps the window's aspect ratio (equal scales on x and y). */
    public static Viewport keepingAspect(Window window, int widthPx) {
        long heightPx = Math.max(1, Math.round(widthPx * window.height() / window.width()));
        return new Viewport(widthPx, (int) Math.min(heightPx, Integer.MAX_VALUE));
    }

    /** Grid points along x: one every {@link #PX_PER_CELL} px, both window edges included (1201 for 1200 px). */
    public int gridNx() {
        return gridPoints(widthPx);
    }

    /** Grid points along y, as {@link #gridNx()}. */
    public int gridNy() {
        return gridPoints(heightPx);
    }

    /** The width of one pixel in data units. */
    public double pixelWidth(Window window) {
        return window.width() / widthPx;
    }

    /** The height of one pixel in data units. */
    public double pixelHeight(Window window) {
        return window.height() / heightPx;
    }

    private static int gridPoints(int px) {
        return Math.max(2, (px + PX_PER_CELL - 1) / PX_PER_CELL + 1);
    }
}
