package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.function.Valley;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The grids of the two harness workloads must be numpy's to the last bit. Literal values and SHA-256 digests
 * were obtained with Debian's numpy 1.24.2:
 * {@code /usr/bin/python3 -c "import numpy as np, hashlib; x = np.arange(-10, 10, 0.01); ...
 * hashlib.sha256(np.ascontiguousarray(a, dtype='<f8').tobytes()).hexdigest()"} for x, y and
 * {@code Z = X**2/20 + Y**2} (seed) or {@code (1-X)**2 + 100*(Y-X**2)**2} (rosenbrock), {@code X, Y = meshgrid(x, y)}.
 */
class GridTest {

    @Test
    void arangeIsNumpysForTheSeedWorkload() {
        double[] x = Grid.arange(-10, 10, 0.01);
        assertThat(x).hasSize(2000);
        // numpy: a[0] = start, a[1] = start + step, a[i] = start + i*d with d = a[1] - a[0]
        double d = (-10.0 + 0.01) - (-10.0);
        assertThat(d).isEqualTo(0.009999999999999787);
        assertThat(x[0]).isEqualTo(-10.0);
        assertThat(x[1]).isEqualTo(-9.99);
        assertThat(x[2]).isEqualTo(-9.98);
        assertThat(x[1000]).isEqualTo(-2.1316282072803006e-13);
        assertThat(x[1999]).isEqualTo(9.989999999999576);
        for (int i = 2; i < x.length; i++) {
            assertThat(x[i]).isEqualTo(-10.0 + i * d);
        }
        double[] y = Grid.arange(-5, 5, 0.01);
        assertThat(y).hasSize(1000);
        assertThat(y[500]).isEqualTo(-1.0658141036401503e-13);
        assertThat(y[999]).isEqualTo(4.989999999999787);
    }

    @Test
    void linspaceIsNumpysForTheRosenbrockWorkload() {
        double[] x = Grid.linspace(-2, 2, 1000);
        assertThat(x).hasSize(1000);
        assertThat(x[0]).isEqualTo(-2.0);
        assertThat(x[1]).isEqualTo(-1.995995995995996);
        assertThat(x[500]).isEqualTo(0.002002002002002179);
        assertThat(x[998]).isEqualTo(1.995995995995996);
        assertThat(x[999]).isEqualTo(2.0);
        for (int i = 0; i < 999; i++) {
            assertThat(x[i]).isEqualTo(i * (4.0 / 999) + -2.0);
        }
        double[] y = Grid.linspace(-1, 3, 1000);
        assertThat(y[1]).isEqualTo(-0.995995995995996);
        assertThat(y[500]).isEqualTo(1.0020020020020022);
        assertThat(y[999]).isEqualTo(3.0);
    }

    @Test
    void seedGridIsBitIdenticalWithNumpy() {
        // through the catalogue's function, the one ContourCli and the page sample
        Grid g = Grid.sample(Grid.arange(-10, 10, 0.01), Grid.arange(-5, 5, 0.01), new Valley()::value);
        assertThat(g.nx()).isEqualTo(2000);
        assertThat(g.ny()).isEqualTo(1000);
        assertThat(g.zMin()).isEqualTo(1.3631516442219084e-26);
        assertThat(g.zMax()).isEqualTo(30.0);
        assertThat(g.z(456, 123)).isEqualTo(15.692580000000252);
        assertThat(sha256(g.xs())).isEqualTo("18a1e7f3c904610225aad4ffb1641643ed78ef6f4c5c96690b3cb756e8e830ae");
        assertThat(sha256(g.ys())).isEqualTo("5dedb50603ed68ef9dd498a601e3d284a992f1d8524666e22217a704c0bac527");
        assertThat(sha256(g.zs())).isEqualTo("45bdabd2e74b711afe911faaabb8badba078d399764ce2572e9ef3a48ba761c6");
    }

    @Test
    void rosenbrockGridIsBitIdenticalWithNumpy() {
        Grid g = Grid.sample(Grid.linspace(-2, 2, 1000), Grid.linspace(-1, 3, 1000), new Rosenbrock()::value);
        assertThat(g.zMin()).isEqualTo(1.002103405007144e-06);
        assertThat(g.zMax()).isEqualTo(2509.0);
        assertThat(g.z(500, 500)).isEqualTo(101.39599800000364);
        assertThat(g.z(0, 999)).isEqualTo(109.0);
        assertThat(sha256(g.xs())).isEqualTo("84ce69d229e4aa9b2dfa8d60175aa6196a69d69be0a1d7059b5fc70fe9d61aec");
        assertThat(sha256(g.ys())).isEqualTo("ace6fece39dcd8baadce29806008f148de5cae16718c6004ccc44d0b966ac417");
        assertThat(sha256(g.zs())).isEqualTo("6d909450fa7c2ec1460be4c1f16ed3e0ed07c2b0592bd20c70e681ef6788f56a");
    }

    @Test
    void valuesAreRowMajor() {
        Grid g = Grid.sample(new double[] {0, 1, 2}, new double[] {10, 20}, (x, y) -> 100 * x + y);
        assertThat(g.zs()).containsExactly(10, 110, 210, 20, 120, 220);
        assertThat(g.z(2, 1)).isEqualTo(220);
    }

    @Test
    void gridIsImmutable() {
        double[] x = {0, 1};
        double[] z = {1, 2, 3, 4};
        Grid g = Grid.of(x, x, z);
        x[0] = -5;
        z[0] = 99;
        g.zs()[1] = 99;
        assertThat(g.x(0)).isEqualTo(0);
        assertThat(g.zs()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void rejectsWhatMarchingSquaresCannotUse() {
        double[] two = {0, 1};
        assertThatThrownBy(() -> Grid.of(new double[] {0}, two, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grid.of(new double[] {1, 0}, two, new double[4]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grid.of(two, two, new double[] {1, Double.NaN, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grid.of(two, two, new double[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grid.linspace(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grid.arange(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String sha256(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            bytes.putDouble(v);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
