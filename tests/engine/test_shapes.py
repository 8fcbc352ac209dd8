"""engine.shapes: what the annotations say equals what the engine allocates."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from visualnet.engine import ArchitectureError, Network
from visualnet.engine.shapes import TENSOR_NAMES, network_shapes


def test_course_example_text():
    shapes = network_shapes([64, 20, 7, 5, 10], 1437)
    assert str(shapes.tensor("W", 1)) == "W[1]: (n[1], n[0]) = (20, 64)"
    assert str(shapes.tensor("Z", 1)) == "Z[1]: (n[1], m) = (20, 1437)"
    assert str(shapes.tensor("db", 3)) == "db[3]: (n[3], 1) = (5, 1)"
    assert shapes.layers[2].broadcast == "b[2] (7, 1) → (7, 1437)"
    assert set(shapes.layers[0].tensors) == {"A", "dA"}
    assert shapes.parameter_count == 20 * 65 + 7 * 21 + 5 * 8 + 10 * 6
    assert shapes.parameter_bytes == 8 * shapes.parameter_count
    assert network_shapes([64, 10], 5, dtype=np.float32).parameter_bytes == 4 * 650
    assert shapes.activation_bytes == 8 * 1437 * (64 + 2 * (20 + 7 + 5 + 10))


@settings(max_examples=30, deadline=None)
@given(sizes=st.lists(st.integers(1, 12), min_size=2, max_size=7), m=st.integers(1, 9))
def test_shapes_equal_the_arrays_of_a_real_pass(sizes, m):
    acts = ["relu"] * (len(sizes) - 2) + ["sigmoid"]
    net = Network(sizes, acts)
    X = np.random.RandomState(0).randn(sizes[0], m)
    Y = np.zeros((sizes[-1], m))
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches, return_dA0=True)
    shapes = network_shapes(sizes, m, acts)
    assert shapes.parameter_count == net.parameter_count
    assert shapes.tensor("A", 0).shape == X.shape == grads["dA0"].shape
    for l, cache in enumerate(caches, start=1):
        actual = {"W": cache.W, "b": cache.b, "Z": cache.Z, "A": caches[l].A_prev if l < len(caches) else AL,
                  "dW": grads[f"dW{l}"], "db": grads[f"db{l}"], "dZ": cache.Z}
        if l < len(caches):
            actual["dA"] = grads[f"dA{l}"]
        for name in TENSOR_NAMES:
            if name in actual:
                assert shapes.tensor(name, l).shape == actual[name].shape, (name, l)
                assert shapes.tensor(name, l).size == actual[name].size, (name, l)


@pytest.mark.parametrize("sizes, m", [([3, 0], 4), ([3, 2], 0), ([3, 2], 2.5)])
def test_bad_inputs_refused(sizes, m):
    with pytest.raises(ArchitectureError):
        network_shapes(sizes, m)
