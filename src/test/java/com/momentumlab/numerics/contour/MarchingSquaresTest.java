package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Marching squares on tiny literal grids, expected vertices derived by hand with contourpy's rules: above iff
 * {@code z > level}; on an edge from the above point p0 (z0) to the below point p1 (z1),
 * {@code frac = (z1 - level)/(z1 - z0)} and {@code p = p0*frac + p1*(1 - frac)}; saddles by the corner mean.
 */
class MarchingSquaresTest {

    private static final double[] UNIT = {0, 1};

    /** z given row by row from the bottom (y[0]) up, as {@code z[j][i]}. */
    private static Grid grid(double[] x, double[] y, double[]... rows) {
        double[] z = new double[x.length * y.length];
        for (int j = 0; j < y.length; j++) {
            System.arraycopy(rows[j], 0, z, j * x.length, x.length);
        }
        return Grid.of(x, y, z);
    }

    private static Polyline open(double... xy) {
        return new Polyline(xy, false);
    }

    private static Polyline ring(double... xy) {
        return new Polyline(xy, true);
    }

    private static void assertLines(ContourLevel actual, Polyline... expected) {
        assertThat(CanonicalLines.of(actual.lines())).isEqualTo(CanonicalLines.of(List.of(expected)));
    }

    @Test
    void singleCrossingCellCutsOffTheAboveCorner() {
        // One cell, x in [0, 2], y in [0, 4]; only NE (z = 4) is above level 1.
        Grid g = grid(new double[] {0, 2}, new double[] {0, 4},
                new double[] {0, 0},
                new double[] {0, 4});
        // N edge: p0 = NE (2, 4), p1 = NW (0, 4): frac = (0 - 1)/(0 - 4) = 0.25 -> x = 2*0.25 + 0*0.75 = 0.5
        // E edge: p0 = NE (2, 4), p1 = SE (2, 0): frac = 0.25 -> y = 4*0.25 + 0*0.75 = 1
        ContourLevel level = MarchingSquares.lines(g, 1.0);
        assertThat(level.level()).isEqualTo(1.0);
        assertLines(level, open(0.5, 4, 2, 1));
    }

    @Test
    void saddleWithMeanAboveTheLevelJoinsTheAboveCorners() {
        // SW and NE above (2), SE and NW below (0); mean 1.0 > 0.5: the above corners are connected.
        Grid g = grid(UNIT, UNIT, new double[] {2, 0}, new double[] {0, 2});
        // frac = (0 - 0.5)/(0 - 2) = 0.25 on every edge, p = p_above*0.25 + p_below*0.75
        // S edge (SW above, SE below): x = 0*0.25 + 1*0.75 = 0.75; E edge (NE above, SE below): y = 0.25
        // N edge (NE above, NW below): x = 0.25;                   W edge (SW above, NW below): y = 0.75
        // Lines cut off the two below corners: SE (S-E) and NW (N-W).
        assertLines(MarchingSquares.lines(g, 0.5), open(0.75, 0, 1, 0.25), open(0.25, 1, 0, 0.75));
    }

    @Test
    void saddleWithMeanBelowTheLevelSeparatesTheAboveCorners() {
        Grid g = grid(UNIT, UNIT, new double[] {2, 0}, new double[] {0, 2});
        // mean 1.0 < 1.5: the above corners SW and NE are cut off, each by its own line.
        // frac = (0 - 1.5)/(0 - 2) = 0.75: S edge x = 0*0.75 + 1*0.25 = 0.25, W edge y = 0.25,
        // N edge x = 1*0.75 + 0*0.25 = 0.75, E edge y = 0.75
        assertLines(MarchingSquares.lines(g, 1.5), open(0.25, 0, 0, 0.25), open(0.75, 1, 1, 0.75));
    }

    @Test
    void saddleWithMeanExactlyAtTheLevelCountsAsBelow() {
        Grid g = grid(UNIT, UNIT, new double[] {2, 0}, new double[] {0, 2});
        // mean 1.0 is not > 1.0: like a mean below, the above corners are separated. frac = 0.5 everywhere.
        assertLines(MarchingSquares.lines(g, 1.0), open(0.5, 0, 0, 0.5), open(0.5, 1, 1, 0.5));
    }

    @Test
    void peakInsideTheGridGivesAClosedRingThatRepeatsItsFirstVertex() {
        Grid g = grid(new double[] {0, 1, 2}, new double[] {0, 1, 2},
                new double[] {0, 0, 0},
                new double[] {0, 4, 0},
                new double[] {0, 0, 0});
        // frac = (0 - 1)/(0 - 4) = 0.25 from the centre (1, 1): p = centre*0.25 + neighbour*0.75
        ContourLevel level = MarchingSquares.lines(g, 1.0);
        assertLines(level, ring(1, 0.25, 1.75, 1, 1, 1.75, 0.25, 1, 1, 0.25));
        Polyline ring = level.lines().get(0);
        assertThat(ring.closed()).isTrue();
        assertThat(ring.vertexCount()).isEqualTo(5);
        assertThat(ring.x(4)).isEqualTo(ring.x(0));
        assertThat(ring.y(4)).isEqualTo(ring.y(0));
    }

    @Test
    void pitInsideTheGridGivesAClosedRingToo() {
        Grid g = grid(new double[] {0, 1, 2}, new double[] {0, 1, 2},
                new double[] {4, 4, 4},
                new double[] {4, 0, 4},
                new double[] {4, 4, 4});
        // from a neighbour (above, z0 = 4) to the centre (below, z1 = 0): frac = (0 - 3)/(0 - 4) = 0.75,
        // p = neighbour*0.75 + centre*0.25, e.g. (1, 0)*0.75 + (1, 1)*0.25 = (1, 0.25)
        assertLines(MarchingSquares.lines(g, 3.0), ring(1, 0.25, 1.75, 1, 1, 1.75, 0.25, 1, 1, 0.25));
    }

    @Test
    void lineReachingTheBorderIsOpenAndEndsOnIt() {
        // z = i: the level-0.5 line runs straight up between the first two columns, bottom to top border.
        Grid g = grid(new double[] {0, 1, 2}, new double[] {0, 1, 2},
                new double[] {0, 1, 2},
                new double[] {0, 1, 2},
                new double[] {0, 1, 2});
        // frac = (0 - 0.5)/(0 - 1) = 0.5 -> x = 1*0.5 + 0*0.5 = 0.5
        ContourLevel level = MarchingSquares.lines(g, 0.5);
        assertLines(level, open(0.5, 0, 0.5, 1, 0.5, 2));
        assertThat(level.lines().get(0).closed()).isFalse();
    }

    @Test
    void pointExactlyAtTheLevelCountsAsBelow() {
        // Column 1 is exactly at level 1, so it is below: the line lies between columns 1 and 2, and its
        // vertices are the grid points of column 1 (frac = (1 - 1)/(1 - 2) = 0, p = p_below).
        Grid g = grid(new double[] {0, 1, 2}, new double[] {0, 1, 2},
                new double[] {0, 1, 2},
                new double[] {0, 1, 2},
                new double[] {0, 1, 2});
        assertLines(MarchingSquares.lines(g, 1.0), open(1, 0, 1, 1, 1, 2));
    }

    @Test
    void isolatedPointExactlyAtTheLevelDrawsNothing() {
        Grid g = grid(new double[] {0, 1, 2}, new double[] {0, 1, 2},
                new double[] {0, 0, 0},
                new double[] {0, 1, 0},
                new double[] {0, 0, 0});
        assertThat(MarchingSquares.lines(g, 1.0).lines()).isEmpty();
        assertThat(MarchingSquares.lines(g, Math.nextDown(1.0)).lines()).hasSize(1);
    }

    @Test
    void borderPointExactlyAtTheLevelSplitsTheLineInTwo() {
        // The harness README's seed level 5 case: on the west border z = 2, 1, 2 with the middle point exactly at
        // level 1 (so below); contourpy gives two open lines that both end at that point.
        Grid g = grid(new double[] {0, 1}, new double[] {0, 1, 2},
                new double[] {2, 0},
                new double[] {1, 0},
                new double[] {2, 0});
        // S edge of cell 0: frac = (0 - 1)/(0 - 2) = 0.5 -> (0.5, 0); W edges: frac = (1 - 1)/(1 - 2) = 0 -> (0, 1)
        assertLines(MarchingSquares.lines(g, 1.0), open(0.5, 0, 0, 1), open(0, 1, 0.5, 2));
    }

    @Test
    void lineThatLeavesTheGridWhereItEnteredIsClosedAsInContourpy() {
        // 3 × 2, z = [[2, 1, 2], [2, 2, 2]], level 1: only (1, 0) is not above. The line enters cell 0 through
        // the south border at (1, 0) (frac = (1 - 1)/(1 - 2) = 0), crosses to cell 1 at (1, 0) and leaves
        // through the south border at (1, 0) again. contourpy 1.0.7 marks it closed (CLOSEPOLY).
        Grid g = grid(new double[] {0, 1, 2}, UNIT,
                new double[] {2, 1, 2},
                new double[] {2, 2, 2});
        ContourLevel level = MarchingSquares.lines(g, 1.0);
        assertLines(level, ring(1, 0, 1, 0, 1, 0));
        assertThat(level.lines().get(0).closed()).isTrue();

        // The same point in a corner: two vertices, closed.
        assertLines(MarchingSquares.lines(grid(new double[] {0, 1, 2}, UNIT,
                new double[] {1, 2, 2},
                new double[] {2, 2, 2}), 1.0), ring(0, 0, 0, 0));

        // Entering at (1, 0) and leaving at (2, 0) is an ordinary open line.
        assertLines(MarchingSquares.lines(grid(new double[] {0, 1, 2, 3}, UNIT,
                new double[] {2, 1, 1, 2},
                new double[] {2, 2, 2, 2}), 1.0), open(1, 0, 1, 0, 2, 0, 2, 0));
    }

    @Test
    void levelOutsideTheDataRangeIsEmpty() {
        Grid g = grid(UNIT, UNIT, new double[] {0, 1}, new double[] {2, 3});
        List<ContourLevel> levels = MarchingSquares.lines(g, new double[] {-1, 0.5, 3, 7});
        assertThat(levels).extracting(ContourLevel::level).containsExactly(-1.0, 0.5, 3.0, 7.0);
        assertThat(levels.get(0).lines()).isEmpty();
        assertThat(levels.get(1).lines()).hasSize(1);
        // 3 is the maximum: no point is above it.
        assertThat(levels.get(2).lines()).isEmpty();
        assertThat(levels.get(3).lines()).isEmpty();
    }

    @Test
    void allLevelsAtOnceEqualEachLevelAlone() {
        // The single-pass classification of all levels must find exactly the cells a one-level pass finds.
        double[] x = Grid.linspace(-2, 2, 61);
        double[] y = Grid.linspace(-1, 3, 47);
        Grid g = Grid.sample(x, y, (a, b) -> Math.sin(3 * a) * Math.cos(2 * b) + 0.3 * a * b);
        double[] levels = Grid.linspace(-1.2, 1.2, 13);
        List<ContourLevel> together = MarchingSquares.lines(g, levels);
        for (int k = 0; k < levels.length; k++) {
            ContourLevel alone = MarchingSquares.lines(g, levels[k]);
            assertThat(alone.lines()).isNotEmpty();
            assertThat(CanonicalLines.of(together.get(k).lines())).isEqualTo(CanonicalLines.of(alone.lines()));
        }
    }

    @Test
    void levelsMustIncrease() {
        Grid g = grid(UNIT, UNIT, new double[] {0, 1}, new double[] {2, 3});
        assertThatThrownBy(() -> MarchingSquares.lines(g, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarchingSquares.lines(g, new double[] {2, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarchingSquares.lines(g, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
