"""Momentum SGD on the classic example f(x, y) = x**2 / 20 + y**2.

Update rule (the one the lesson teaches), with v0 = 0:
    v     <- beta * v - lr * grad L(theta)
    theta <- theta + v
Run with:  python3 momentum.py   (needs numpy)
"""
import numpy as np


def loss(theta):
    x, y = theta
    return x**2 / 20 + y**2


def grad(theta):
    x, y = theta
    return np.array([x / 10, 2 * y])  # (dL/dx, dL/dy)


def momentum_path(start, lr, beta, steps):
    theta = np.array(start, dtype=float)
    v = np.zeros_like(theta)  # the ball starts at rest
    path = [theta.copy()]
    for _ in range(steps):
        g = grad(theta)  # slope at the current point
        v = beta * v - lr * g  # keep beta of the old velocity, push downhill
        theta = theta + v  # move by the velocity
        path.append(theta.copy())
    return np.array(path)


if __name__ == "__main__":
    path = momentum_path(start=(-7.0, 2.0), lr=0.1, beta=0.9, steps=30)
    for t in range(4):
        x, y = path[t]
        print(f"step {t:2d}: theta = ({x:.4f}, {y:.4f})  f = {loss(path[t]):.4f}")
    x, y = path[-1]
    print(f"step {len(path) - 1:2d}: theta = ({x:.4f}, {y:.4f})  f = {loss(path[-1]):.4f}")
