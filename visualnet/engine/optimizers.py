"""Update rules of the course: gradient descent, momentum and Adam.

An optimizer turns gradients into *steps* (the amounts to subtract) and keeps its own state
(the velocities v and squared averages s). It never touches the parameters itself: the trainer
applies the steps all-or-nothing, which is what lets a diverging run keep finite parameters.

The trainer asks backward for the gradients multiplied by ``gradient_scale(α)``: for plain
gradient descent that is α, so the gradients arrive as the steps themselves (α joins the 1/m
of backward, on the small dZ). The trainer then hands the step arrays over and computes the new
parameters into them: gradient descent allocates nothing beyond what backward returns.
"""
from __future__ import annotations

from typing import Protocol

import numpy as np

from .errors import ArchitectureError

Array = np.ndarray


class Optimizer(Protocol):
    name: str
    state_copies: int  # copies of the parameters the optimizer keeps between steps (for memory estimates)

    def gradient_scale(self, learning_rate: float) -> float:
        """The factor the gradients handed to :meth:`steps` are multiplied by (1 for none)."""
        ...

    def steps(self, grads: dict[str, Array], keys: tuple[str, ...], learning_rate: float) -> dict[str, Array]:
        """The step for each parameter key ("W1", "b1", ...) from grads ("dW1", "db1", ...).

        ``grads`` are backward's gradients times :meth:`gradient_scale`; their arrays may be
        reused for the steps, as the caller does not read them again.
        """
        ...


class GradientDescent:
    """θ := θ - α dθ, the course's update_parameters."""

    name = "gd"
    state_copies = 0

    def gradient_scale(self, learning_rate: float) -> float:
        return learning_rate  # the gradients arrive as α dθ: the steps themselves

    def steps(self, grads: dict[str, Array], keys: tuple[str, ...], learning_rate: float) -> dict[str, Array]:
        return {k: grads["d" + k] for k in keys}


class Momentum:
    """v := β v + (1 - β) dθ; θ := θ - α v (the course's exponentially weighted average)."""

    name = "momentum"
    state_copies = 1  # v

    def __init__(self, beta: float = 0.9) -> None:
        self.beta = beta
        self.v: dict[str, Array] = {}

    def gradient_scale(self, learning_rate: float) -> float:
        return 1.0

    def steps(self, grads: dict[str, Array], keys: tuple[str, ...], learning_rate: float) -> dict[str, Array]:
        out = {}
        for k in keys:
            d = grads["d" + k]
            v = self.v.get(k)
            v = (1 - self.beta) * d if v is None else self.beta * v + (1 - self.beta) * d
            self.v[k] = v
            out[k] = learning_rate * v
        return out


class Adam:
    """Momentum and RMSprop with bias correction, as in the course's update_parameters_with_adam."""

    name = "adam"
    state_copies = 3  # v, s, and a step's temporaries of the same size

    def __init__(self, beta1: float = 0.9, beta2: float = 0.999, epsilon: float = 1e-8) -> None:
        self.beta1, self.beta2, self.epsilon = beta1, beta2, epsilon
        self.t = 0
        self.v: dict[str, Array] = {}
        self.s: dict[str, Array] = {}

    def gradient_scale(self, learning_rate: float) -> float:
        return 1.0

    def steps(self, grads: dict[str, Array], keys: tuple[str, ...], learning_rate: float) -> dict[str, Array]:
        self.t += 1
        b1, b2 = self.beta1, self.beta2
        c1, c2 = 1 - b1 ** self.t, 1 - b2 ** self.t
        out = {}
        for k in keys:
            d = grads["d" + k]
            v = b1 * self.v[k] + (1 - b1) * d if k in self.v else (1 - b1) * d
            s = b2 * self.s[k] + (1 - b2) * d * d if k in self.s else (1 - b2) * d * d
            self.v[k], self.s[k] = v, s
            out[k] = learning_rate * (v / c1) / (np.sqrt(s / c2) + self.epsilon)
        return out


OPTIMIZERS = {"gd": GradientDescent, "momentum": Momentum, "adam": Adam}


def make_optimizer(name: str, **options: float) -> Optimizer:
    """A fresh optimizer (empty state) by name; options are beta / beta1, beta2, epsilon."""
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise ArchitectureError("architecture.unknown_optimizer", name=name, choices=', '.join(OPTIMIZERS)) from None
    return cls(**options)
