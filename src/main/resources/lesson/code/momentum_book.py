"""Momentum SGD as an optimizer class in the style of chapter 6 of
"Deep Learning from Scratch" (ゼロから作るDeep Learning, Koki Saitoh, O'Reilly Japan):
the parameters and their gradients are dicts of NumPy arrays, keyed by name,
and update() changes the parameter arrays in place. Our own code, written for this lesson.

    v     <- momentum * v - lr * grad      (momentum = beta, lr = alpha)
    param <- param + v
Run with:  python3 momentum_book.py   (needs numpy)
"""
import numpy as np


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None  # no velocities yet: update() makes them on its first call

    def update(self, params, grads):
        if self.v is None:
            self.v = {name: np.zeros_like(p) for name, p in params.items()}
        for name in params:
            self.v[name] = self.momentum * self.v[name] - self.lr * grads[name]
            params[name] += self.v[name]


if __name__ == "__main__":
    # The classic example as one parameter array W = (x, y); lr=0.1 instead of the default 0.01.
    params = {"W": np.array([-7.0, 2.0])}
    optimizer = Momentum(lr=0.1)
    for step in (1, 2):
        W = params["W"]
        grads = {"W": np.array([W[0] / 10, 2 * W[1]])}  # gradient of x**2 / 20 + y**2
        optimizer.update(params, grads)
        v = optimizer.v["W"]
        # W is the very array update() changed in place, so it already holds the new values.
        print(f"call {step}: W = ({W[0]:.4f}, {W[1]:.4f})  v = ({v[0]:.4f}, {v[1]:.4f})")
