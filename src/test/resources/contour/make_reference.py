#!/usr/bin/python3
"""Regenerates the contourpy reference files of ContourpyRegressionTest (run once, output committed).

    cd src/test/resources/contour && /usr/bin/python3 make_reference.py

contourpy 1.0.7 (Debian apt), numpy 1.24.2: contour_generator(X, Y, Z, name="serial", line_type="Separate"),
lines(level) for each level; closedness as contourpy marks it (first vertex repeated).
Smaller versions of the two harness workloads:
  seed-small:       z = x**2/20 + y**2, x = arange(-10, 10, 0.25) (80), y = arange(-5, 5, 0.25) (40),
                    levels 0, 1, ..., 30 (the seed workload's); several grid points lie exactly on a level.
  rosenbrock-small: z = (1-x)**2 + 100*(y-x**2)**2, x = linspace(-2, 2, 81), y = linspace(-1, 3, 81),
                    levels = rosenbrock-levels.txt (numpy's logspace(-1, 3, 30)).
"""
import json
import numpy as np
import contourpy


def write(name, x, y, Z, levels, grid_text):
    X, Y = np.meshgrid(x, y)
    gen = contourpy.contour_generator(X, Y, Z, name="serial", line_type="Separate")
    doc = {
        "format": "contour-lines/1",
        "engine": f"contourpy {contourpy.__version__} serial, numpy {np.__version__}",
        "workload": name,
        "grid": grid_text,
        "levels": [
            {"level": float(lv),
             "lines": [{"closed": bool(len(a) > 2 and (a[0] == a[-1]).all()), "xy": a.ravel().tolist()}
                       for a in gen.lines(lv)]}
            for lv in levels
        ],
    }
    with open(f"contourpy-{name}.json", "w") as fh:
        json.dump(doc, fh, separators=(",", ":"))


def main():
    x = np.arange(-10, 10, 0.25)
    y = np.arange(-5, 5, 0.25)
    X, Y = np.meshgrid(x, y)
    write("seed-small", x, y, X**2 / 20 + Y**2, [float(v) for v in range(31)],
          "x = arange(-10, 10, 0.25), y = arange(-5, 5, 0.25), z = x**2/20 + y**2")

    with open("rosenbrock-levels.txt") as fh:
        levels = [float(t) for line in fh if not line.startswith("#") for t in line.replace(",", " ").split()]
    x = np.linspace(-2, 2, 81)
    y = np.linspace(-1, 3, 81)
    X, Y = np.meshgrid(x, y)
    write("rosenbrock-small", x, y, (1 - X)**2 + 100 * (Y - X**2)**2, levels,
          "x = linspace(-2, 2, 81), y = linspace(-1, 3, 81), z = (1-x)**2 + 100*(y-x**2)**2")


if __name__ == "__main__":
    main()
