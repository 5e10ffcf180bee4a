#!/usr/bin/python3
"""Regenerates the contourpy reference files of ContourpyRegressionTest (run once, output committed).

    cd src/test/resources/contour && /usr/bin/python3 make_reference.py

contourpy 1.0.7 (Debian apt), numpy 1.24.2: contour_generator(X, Y, Z, name="serial", line_type="SeparateCode"),
lines(level) for each level; closed as contourpy marks it (the last code is CLOSEPOLY, 79).
Smaller versions of the two harness workloads:
  seed-small:       z = x**2/20 + y**2, x = arange(-10, 10, 0.25) (80), y = arange(-5, 5, 0.25) (40),
                    levels 0, 1, ..., 30 (the seed workload's); several grid points lie exactly on a level.
  rosenbrock-small: z = (1-x)**2 + 100*(y-x**2)**2, x = linspace(-2, 2, 81), y = linspace(-1, 3, 81),
                    levels = rosenbrock-levels.txt (numpy's logspace(-1, 3, 30)).
And tiny literal grids whose lines touch the boundary only at grid points exactly at the level, each with
x = 0, 1, ..., y = 0, 1, ... (contourpy-edge-cases.json): there contourpy closes a line that leaves the grid
at the point where it entered.
"""
import json
import numpy as np
import contourpy


CLOSEPOLY = 79
ENGINE = f"contourpy {contourpy.__version__} serial, numpy {np.__version__}"


def lines(gen, level):
    points, codes = gen.lines(level)
    return [{"closed": bool(c[-1] == CLOSEPOLY), "xy": a.ravel().tolist()} for a, c in zip(points, codes)]


def write(name, x, y, Z, levels, grid_text):
    X, Y = np.meshgrid(x, y)
    gen = contourpy.contour_generator(X, Y, Z, name="serial", line_type="SeparateCode")
    doc = {
        "format": "contour-lines/1",
        "engine": ENGINE,
        "workload": name,
        "grid": grid_text,
        "levels": [{"level": float(lv), "lines": lines(gen, lv)} for lv in levels],
    }
    with open(f"contourpy-{name}.json", "w") as fh:
        json.dump(doc, fh, separators=(",", ":"))


# z row by row from y = 0 up, contoured at level 1.
EDGE_CASES = [
    [[2, 1, 2], [2, 2, 2]],                 # the line only touches the south boundary at (1, 0): closed
    [[1, 2, 2], [2, 2, 2]],                 # the same at a corner: two vertices, closed
    [[2, 1, 2], [2, 0, 2], [2, 2, 2]],      # a pit that reaches the boundary only at (1, 0): closed
    [[2, 1, 2, 1, 2], [2, 2, 2, 2, 2]],     # two such points: two closed lines
    [[2, 1, 1, 2], [2, 2, 2, 2]],           # enters at (1, 0), leaves at (2, 0): open
    [[2, 1, 2], [2, 1, 2]],                 # a column at the level from border to border: open
    [[2, 1, 2], [1, 2, 1], [2, 1, 2]],      # four border points at the level: four closed lines
]


def write_edge_cases():
    cases = []
    for rows in EDGE_CASES:
        Z = np.array(rows, dtype=float)
        ny, nx = Z.shape
        x = np.arange(nx, dtype=float)
        y = np.arange(ny, dtype=float)
        X, Y = np.meshgrid(x, y)
        gen = contourpy.contour_generator(X, Y, Z, name="serial", line_type="SeparateCode")
        cases.append({"x": x.tolist(), "y": y.tolist(), "z": Z.tolist(), "level": 1.0, "lines": lines(gen, 1.0)})
    with open("contourpy-edge-cases.json", "w") as fh:
        json.dump({"format": "contour-cases/1", "engine": ENGINE, "cases": cases}, fh, separators=(",", ":"))


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

    write_edge_cases()


if __name__ == "__main__":
    main()
