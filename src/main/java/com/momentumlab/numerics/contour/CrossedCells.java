package com.momentumlab.numerics.contour;

import java.util.Arrays;

/**
 * Which cells each level's contour crosses, for all levels in a single pass over the grid.
 *
 * <p>A cell is the square between grid points {@code (i, j)} and {@code (i+1, j+1)}; it is identified by the
 * index of its south-west corner, {@code j*nx + i}. With the contourpy rule "a point is above a level iff
 * {@code z > level}", give every grid point its <em>rank</em>: the number of levels strictly below its value,
 * so the point is above level {@code k} iff {@code k < rank}. Level {@code k} crosses a cell iff one corner
 * is above it and another is not, i.e. {@code minRank <= k < maxRank} over the four corners. Most cells have
 * four equal ranks and cost one comparison; a crossed cell costs its range of levels.
 *
 * <p>Why not one pass per level: a per-level classification of the 2000 x 1000 seed grid costs ~4 ms, so
 * 31 levels cost more than 100 ms (see the harness README, "Physical floor"); one pass with ranks costs a
 * few ms in total.
 */
final class CrossedCells {

    private CrossedCells() {}

    /**
     * For each level {@code k}, the cells (south-west corner index, ascending) whose corners are not all on
     * the same side of {@code levels[k]}. {@code levels} must be strictly increasing.
     */
    static int[][] perLevel(Grid grid, double[] levels) {
        int nx = grid.nx();
        int ny = grid.ny();
        double[] z = grid.zView();
        int[] lowerRank = new int[nx];
        int[] upperRank = new int[nx];
        rankRow(z, 0, nx, levels, upperRank);

        IntList cells = new IntList();
        IntList minRanks = new IntList();
        IntList maxRanks = new IntList();
        for (int j = 0; j < ny - 1; j++) {
            int[] swap = lowerRank;
            lowerRank = upperRank;
            upperRank = swap;
            rankRow(z, (j + 1) * nx, nx, levels, upperRank);
            for (int i = 0; i < nx - 1; i++) {
                int sw = lowerRank[i];
                int se = lowerRank[i + 1];
                int nw = upperRank[i];
                int ne = upperRank[i + 1];
                if ((sw ^ se | sw ^ nw | sw ^ ne) == 0) {
                    continue; // all four corners between the same two levels: nothing crosses
                }
                cells.add(j * nx + i);
                minRanks.add(Math.min(Math.min(sw, se), Math.min(nw, ne)));
                maxRanks.add(Math.max(Math.max(sw, se), Math.max(nw, ne)));
            }
        }
        return bucketByLevel(levels.length, cells, minRanks, maxRanks);
    }

    /**
     * {@code rank[i]} = number of levels strictly below {@code z[offset + i]}: {@code levels[r-1] < z <= levels[r]}
     * (with {@code -inf} and {@code +inf} beyond the ends). Neighbouring values are close, so the interval of
     * the previous point is tried first and the search, when needed, starts from its rank.
     */
    private static void rankRow(double[] z, int offset, int nx, double[] levels, int[] rank) {
        int n = levels.length;
        int r = 0;
        double below = Double.NEGATIVE_INFINITY;
        double atOrAbove = n > 0 ? levels[0] : Double.POSITIVE_INFINITY;
        for (int i = 0; i < nx; i++) {
            double v = z[offset + i];
            if (!(below < v && v <= atOrAbove)) {
                while (r > 0 && !(levels[r - 1] < v)) {
                    r--;
                }
                while (r < n && levels[r] < v) {
                    r++;
                }
                below = r > 0 ? levels[r - 1] : Double.NEGATIVE_INFINITY;
                atOrAbove = r < n ? levels[r] : Double.POSITIVE_INFINITY;
            }
            rank[i] = r;
        }
    }

    /** Distributes each crossed cell to the levels {@code minRank <= k < maxRank}, keeping cell order. */
    private static int[][] bucketByLevel(int levelCount, IntList cells, IntList minRanks, IntList maxRanks) {
        int[] counts = new int[levelCount];
        for (int e = 0; e < cells.size(); e++) {
            for (int k = minRanks.get(e); k < maxRanks.get(e); k++) {
                counts[k]++;
            }
        }
        int[][] perLevel = new int[levelCount][];
        for (int k = 0; k < levelCount; k++) {
            perLevel[k] = new int[counts[k]];
        }
        int[] filled = new int[levelCount];
        for (int e = 0; e < cells.size(); e++) {
            int cell = cells.get(e);
            for (int k = minRanks.get(e); k < maxRanks.get(e); k++) {
                perLevel[k][filled[k]++] = cell;
            }
        }
        return perLevel;
    }

    /** A growable int array (no boxing). */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }
    }
}
