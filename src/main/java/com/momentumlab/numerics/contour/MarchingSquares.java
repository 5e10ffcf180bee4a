package com.momentumlab.numerics.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Contour lines of a {@link Grid} by marching squares, following contourpy's {@code serial} algorithm to the
 * letter so that the output can be compared with matplotlib's line for line:
 *
 * <ul>
 *   <li>a grid point is <em>above</em> a level iff {@code z > level} (a point exactly at the level is below);</li>
 *   <li>a saddle cell (two diagonally opposite corners above, the other two not) is resolved by the mean of
 *       its corners, {@code zmid = 0.25*(z_sw + z_se + z_nw + z_ne)}: if {@code zmid > level} the two above
 *       corners are connected through the middle, otherwise the two below corners are;</li>
 *   <li>the vertex on a cell edge from the above point {@code p0} to the below point {@code p1} is
 *       {@code frac = (z1 - level)/(z1 - z0)}, {@code p = p0*frac + p1*(1 - frac)} (both coordinates, same
 *       formula, same operation order, so vertices match contourpy's bit for bit);</li>
 *   <li>segments are stitched into polylines: a line that reaches the grid boundary ends there and is open,
 *       every other line is a closed ring that repeats its first vertex;</li>
 *   <li>except that a line which leaves the grid at the very point where it entered is closed, as contourpy
 *       marks it. That happens only when both ends are one boundary grid point exactly at the level (an
 *       edge vertex with {@code frac = 0}): on the 3 × 2 grid z = [[2, 1, 2], [2, 2, 2]] at level 1 the line
 *       (1, 0), (1, 0), (1, 0) is closed, on z = [[2, 1, 1, 2], [2, 2, 2, 2]] the line from (1, 0) to (2, 0)
 *       is open.</li>
 * </ul>
 *
 * <p>Lines are traced with the above side on the left. The order of the lines within a level, their start
 * vertex and direction are not contourpy's (those are free in the comparison format).
 *
 * <p>Speed: all levels are classified in one pass ({@link CrossedCells}), then each level traces only the
 * cells it crosses.
 */
public final class MarchingSquares {

    private MarchingSquares() {}

    /** The contour lines of one level. */
    public static ContourLevel lines(Grid grid, double level) {
        return lines(grid, new double[] {level}).get(0);
    }

    /**
     * The contour lines of every level, in the order given. Levels must be finite and strictly increasing
     * (as matplotlib requires); a level that does not cross the data gives an empty {@link ContourLevel}.
     */
    public static List<ContourLevel> lines(Grid grid, double[] levels) {
        requireStrictlyIncreasing(levels);
        int[][] crossed = CrossedCells.perLevel(grid, levels);
        Tracer tracer = new Tracer(grid);
        List<ContourLevel> result = new ArrayList<>(levels.length);
        for (int k = 0; k < levels.length; k++) {
            result.add(new ContourLevel(levels[k], tracer.trace(k, levels[k], crossed[k])));
        }
        return List.copyOf(result);
    }

    private static void requireStrictlyIncreasing(double[] levels) {
        for (int k = 0; k < levels.length; k++) {
            if (!Double.isFinite(levels[k]) || (k > 0 && !(levels[k] > levels[k - 1]))) {
                throw new IllegalArgumentException("levels must be finite and strictly increasing: "
                        + Arrays.toString(levels));
            }
        }
    }

    /**
     * Follows the lines of one level through the cells it crosses.
     *
     * <p>Corners of a cell are numbered counter-clockwise, 0 = SW, 1 = SE, 2 = NE, 3 = NW, and edge {@code e}
     * runs from corner {@code e} to corner {@code e+1}: 0 = S, 1 = E, 2 = N, 3 = W. A line enters a cell
     * through edge {@code e} when corner {@code e} is above and corner {@code e+1} is not: walking in,
     * the above side is on the left. Each segment of a cell is identified by its entry edge (a saddle cell
     * has two), which is what the visited marks record.
     */
    private static final class Tracer {
        private static final int[] CORNER_DI = {0, 1, 1, 0};
        private static final int[] CORNER_DJ = {0, 0, 1, 1};

        private final int nx;
        private final int ny;
        private final double[] x;
        private final double[] y;
        private final double[] z;
        /** Per cell: {@code (levelIndex + 1) << 4 | bit per visited entry edge}; stale level = nothing visited. */
        private final int[] visited;
        private final int[] cornerOffset;
        private double[] vertices = new double[4096];
        private int vertexCoords;

        Tracer(Grid grid) {
            nx = grid.nx();
            ny = grid.ny();
            x = grid.xView();
            y = grid.yView();
            z = grid.zView();
            visited = new int[nx * ny];
            cornerOffset = new int[] {0, 1, nx + 1, nx};
        }

        List<Polyline> trace(int levelIndex, double level, int[] cells) {
            List<Polyline> lines = new ArrayList<>();
            int stamp = (levelIndex + 1) << 4;
            // Open lines first, from the boundary edge where they enter; then only rings are left.
            for (int cell : cells) {
                int i = cell % nx;
                int j = cell / nx;
                if (i == 0 || j == 0 || i == nx - 2 || j == ny - 2) {
                    for (int e = 0; e < 4; e++) {
                        if (isBoundaryEdge(i, j, e) && (unvisitedEntries(cell, level, stamp) & (1 << e)) != 0) {
                            lines.add(follow(i, j, e, level, stamp));
                        }
                    }
                }
            }
            for (int cell : cells) {
                for (int entries; (entries = unvisitedEntries(cell, level, stamp)) != 0; ) {
                    int e = Integer.numberOfTrailingZeros(entries);
                    lines.add(follow(cell % nx, cell / nx, e, level, stamp));
                }
            }
            return lines;
        }

        /**
         * Bit e set iff a line enters the cell through edge e (corner e above, corner e+1 not) and that segment
         * has not been traced yet at this level.
         */
        private int unvisitedEntries(int cell, double level, int stamp) {
            int above = (z[cell] > level ? 1 : 0) | (z[cell + 1] > level ? 2 : 0)
                    | (z[cell + nx + 1] > level ? 4 : 0) | (z[cell + nx] > level ? 8 : 0);
            int nextCornerAbove = (above >>> 1) | ((above & 1) << 3);
            int entries = above & ~nextCornerAbove;
            int mark = visited[cell];
            return (mark & ~15) == stamp ? entries & ~mark : entries;
        }

        /**
         * Walks from cell (i, j), entered through edge e, until the boundary (open, unless it ends on its first
         * vertex) or back to the start (closed).
         */
        private Polyline follow(int i, int j, int e, double level, int stamp) {
            int startCell = j * nx + i;
            int startEdge = e;
            vertexCoords = 0;
            addVertex(i, j, e, (e + 1) & 3, level);
            while (true) {
                int cell = j * nx + i;
                markVisited(cell, e, stamp);
                int exit = exitEdge(cell, e, level);
                if (isBoundaryEdge(i, j, exit)) {
                    // Leaving, the edge's corners swap roles: corner exit+1 is the above one.
                    addVertex(i, j, (exit + 1) & 3, exit, level);
                    // Back at its first vertex (a boundary grid point at the level): contourpy calls it closed.
                    boolean closed = vertices[vertexCoords - 2] == vertices[0]
                            && vertices[vertexCoords - 1] == vertices[1];
                    return new Polyline(Arrays.copyOf(vertices, vertexCoords), closed);
                }
                switch (exit) {
                    case 0 -> j--;
                    case 1 -> i++;
                    case 2 -> j++;
                    default -> i--;
                }
                e = (exit + 2) & 3; // the shared edge, seen from the neighbour
                if (j * nx + i == startCell && e == startEdge) {
                    append(vertices[0], vertices[1]); // close the ring with its first vertex
                    return new Polyline(Arrays.copyOf(vertices, vertexCoords), true);
                }
                addVertex(i, j, e, (e + 1) & 3, level);
            }
        }

        /**
         * Where a line entering through edge {@code e} leaves (contourpy's turn rule). The entry edge has the
         * above corner {@code e} on the left and the below corner {@code e+1} on the right; look at the two
         * opposite corners: both below, turn left; left above and right below, go straight; both above, turn
         * right; left below and right above is a saddle: turn right iff the cell mean is above the level.
         */
        private int exitEdge(int cell, int e, double level) {
            boolean oppositeLeftAbove = z[cell + cornerOffset[(e + 3) & 3]] > level;
            boolean oppositeRightAbove = z[cell + cornerOffset[(e + 2) & 3]] > level;
            int turnLeft = (e + 3) & 3;
            int straight = (e + 2) & 3;
            int turnRight = (e + 1) & 3;
            if (oppositeLeftAbove) {
                return oppositeRightAbove ? turnRight : straight;
            }
            if (!oppositeRightAbove) {
                return turnLeft;
            }
            return saddleMidAbove(cell, level) ? turnRight : turnLeft;
        }

        private boolean saddleMidAbove(int cell, double level) {
            // contourpy's order of summation: SW + SE + NW + NE.
            double zmid = 0.25 * (z[cell] + z[cell + 1] + z[cell + nx] + z[cell + nx + 1]);
            return zmid > level;
        }

        private boolean isBoundaryEdge(int i, int j, int e) {
            return switch (e) {
                case 0 -> j == 0;
                case 1 -> i == nx - 2;
                case 2 -> j == ny - 2;
                default -> i == 0;
            };
        }

        private void markVisited(int cell, int e, int stamp) {
            int mark = visited[cell];
            visited[cell] = ((mark & ~15) == stamp ? mark : stamp) | (1 << e);
        }

        /**
         * The crossing on the edge between two adjacent corners of cell (i, j): contourpy's
         * {@code interp(above, below)}. The roles matter to the last bit: interpolating from the other end
         * gives the same point up to rounding, not the same double.
         */
        private void addVertex(int i, int j, int aboveCorner, int belowCorner, double level) {
            int ia = i + CORNER_DI[aboveCorner];
            int ja = j + CORNER_DJ[aboveCorner];
            int ib = i + CORNER_DI[belowCorner];
            int jb = j + CORNER_DJ[belowCorner];
            double z0 = z[ja * nx + ia];
            double z1 = z[jb * nx + ib];
            double frac = (z1 - level) / (z1 - z0);
            append(x[ia] * frac + x[ib] * (1.0 - frac), y[ja] * frac + y[jb] * (1.0 - frac));
        }

        private void append(double px, double py) {
            if (vertexCoords + 2 > vertices.length) {
                vertices = Arrays.copyOf(vertices, 2 * vertices.length);
            }
            vertices[vertexCoords++] = px;
            vertices[vertexCoords++] = py;
        }
    }
}
