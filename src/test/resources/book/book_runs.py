"""Reference runs of the optimizers in the style of 「ゼロから作るDeep Learning」 ch. 6, our own code.

Regenerate (from this folder): python3 book_runs.py   -- writes book_runs.txt and book_powers.txt here.

Each class keeps its state in dicts keyed like params and creates it on the first update(params, grads);
every line of update() is one operation in the order the Java forms (numerics/optim) copy.
"""
import os

import numpy as np


def zeros_like(params):
    """The lazily created state: one zero buffer per parameter, shaped like it."""
    return {key: np.zeros_like(value) for key, value in params.items()}


class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params:
            params[key] -= self.lr * grads[key]


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads):
        if self.v is None:
            self.v = zeros_like(params)
        for key in params:
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]


class Nesterov:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads):
        if self.v is None:
            self.v = zeros_like(params)
        for key in params:
            self.v[key] *= self.momentum
            self.v[key] -= self.lr * grads[key]
            params[key] += self.momentum * self.momentum * self.v[key]
            params[key] -= (1 + self.momentum) * self.lr * grads[key]


class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr, self.h = lr, None

    def update(self, params, grads):
        if self.h is None:
            self.h = zeros_like(params)
        for key in params:
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class RMSprop:
    def __init__(self, lr=0.01, decay_rate=0.99):
        self.lr, self.decay_rate, self.h = lr, decay_rate, None

    def update(self, params, grads):
        if self.h is None:
            self.h = zeros_like(params)
        for key in params:
            self.h[key] *= self.decay_rate
            self.h[key] += (1 - self.decay_rate) * grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.iter, self.m, self.v = 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = zeros_like(params)
            self.v = zeros_like(params)
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2 ** self.iter) / (1.0 - self.beta1 ** self.iter)
        for key in params:
            g = grads[key]
            # The Java form squares with g * g; make sure ** 2 gave the same double here.
            assert float(g ** 2) == float(g * g), g
            self.m[key] += (1 - self.beta1) * (g - self.m[key])
            self.v[key] += (1 - self.beta2) * (g ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


def gradient(x, y):
    """f(x, y) = x²/20 + y², the valley of the book's comparison."""
    return x / 10.0, 2.0 * y


RUNS = [
    ("sgd", SGD, {"lr": 0.95}),
    ("momentum", Momentum, {"lr": 0.1, "momentum": 0.9}),
    ("adagrad", AdaGrad, {"lr": 1.5}),
    ("adam", Adam, {"lr": 0.3, "beta1": 0.9, "beta2": 0.999}),
    ("nesterov", Nesterov, {"lr": 0.1, "momentum": 0.9}),
    ("rmsprop", RMSprop, {"lr": 0.1, "decay_rate": 0.99}),
]
START = (-7.0, 2.0)
ITERATIONS = 30
POWER_BASES = (0.9, 0.999)
MAX_POWER = 1000


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "book_runs.txt"), "w") as out:
        out.write("# Written by book_runs.py; regenerate with: python3 book_runs.py\n")
        out.write(f"# f = x^2/20 + y^2 from ({START[0]}, {START[1]}), {ITERATIONS} iterations; t x y as hex floats\n")
        for name, cls, hyper in RUNS:
            out.write("run " + name + " " + " ".join(f"{k}={v!r}" for k, v in hyper.items()) + "\n")
            optimizer = cls(**hyper)
            params = {"x": START[0], "y": START[1]}
            grads = {}
            for t in range(ITERATIONS + 1):
                out.write(f"{t} {float(params['x']).hex()} {float(params['y']).hex()}\n")
                if t < ITERATIONS:
                    grads["x"], grads["y"] = gradient(params["x"], params["y"])
                    optimizer.update(params, grads)
    with open(os.path.join(here, "book_powers.txt"), "w") as out:
        out.write("# Written by book_runs.py; regenerate with: python3 book_runs.py\n")
        out.write("# beta t beta**t (Python's float power, i.e. the C library's pow) as a hex float\n")
        for beta in POWER_BASES:
            for t in range(1, MAX_POWER + 1):
                out.write(f"{beta!r} {t} {(beta ** t).hex()}\n")


if __name__ == "__main__":
    main()
