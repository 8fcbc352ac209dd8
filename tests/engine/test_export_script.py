"""Exported scripts run on their own and print the costs the app's Trainer records."""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import pytest

from visualnet.engine.activations import ACTIVATIONS
from visualnet.engine.datasets import load_dataset
from visualnet.engine.datasets.scaling import fit_scaling
from visualnet.engine.errors import ArchitectureError, ShapeError
from visualnet.engine.export_script import export_scripts, numpy_script, pytorch_script, script_files
from visualnet.engine.network import Network
from visualnet.engine.optimizers import OPTIMIZERS
from visualnet.engine.training import TrainConfig, Trainer

LINE = re.compile(r"Cost after iteration (\d+): (\S+)(?: \(dev: (\S+)\))?")


@dataclass(frozen=True)
class Case:
    """A network, a run and data, as the app would hand them to the exporter."""

    layer_sizes: tuple[int, ...]
    activations: tuple[str, ...]
    config: TrainConfig
    dataset: str
    options: dict
    with_dev: bool = True
    loss: Optional[str] = None
    pretrain: int = 0  # iterations trained before the export: the script must start from there
    scaling: str = "none"  # the feature scaling the app fits on the training part: the script must redo it

    def network(self) -> Network:
        net = Network(self.layer_sizes, self.activations, init="he", seed=2, loss=self.loss)
        if self.pretrain:
            X, Y, _, _ = self.scaled_data()
            list(Trainer(net, X, Y, TrainConfig(learning_rate=0.05, num_iterations=self.pretrain)).run())
        return net

    def data(self) -> tuple[np.ndarray, np.ndarray, Optional[np.ndarray], Optional[np.ndarray]]:
        train, dev = load_dataset(self.dataset, **self.options).split(0.25, 0)
        return (train.X, train.Y, dev.X, dev.Y) if self.with_dev else (train.X, train.Y, None, None)

    def scaled_data(self) -> tuple[np.ndarray, np.ndarray, Optional[np.ndarray], Optional[np.ndarray]]:
        """What the app trains on: the features scaled as fitted on the training part."""
        X, Y, X_dev, Y_dev = self.data()
        scaling = fit_scaling(self.scaling, X)
        return scaling.apply(X), Y, None if X_dev is None else scaling.apply(X_dev), Y_dev


CASES = {
    "gd full batch": Case((2, 5, 1), ("sigmoid", "sigmoid"), TrainConfig(learning_rate=0.5, num_iterations=120,
                                                                     record_every=25), "moons", {"m": 120},
                          with_dev=False),
    "mini-batch adam with L2": Case((2, 6, 4, 1), ("relu", "tanh", "sigmoid"),
                                    TrainConfig(learning_rate=0.01, num_iterations=150, mini_batch_size=32,
                                                optimizer="adam", lambd=0.7, seed=3, record_every=30),
                                    "moons", {"m": 150}),
    "softmax with momentum": Case((2, 8, 3), ("leaky_relu", "softmax"),
                                  TrainConfig(learning_rate=0.1, num_iterations=150, mini_batch_size=40,
                                              optimizer="momentum", beta=0.8, seed=5, record_every=40),
                                  "spiral", {"m": 150, "k": 3}),
    "regression, after training": Case((1, 8, 1), ("tanh", "linear"),
                                       TrainConfig(learning_rate=0.05, num_iterations=100, lambd=0.1,
                                                   record_every=20), "sine", {"m": 80}, pretrain=7),
    "sigmoid output with squared error": Case((1, 6, 1), ("relu", "sigmoid"),
                                              TrainConfig(learning_rate=0.3, num_iterations=60, mini_batch_size=16,
                                                          optimizer="adam", beta1=0.8, beta2=0.99, epsilon=1e-6,
                                                          record_every=15),
                                              "sine", {"m": 64}, loss="mean_squared_error"),
    "standardized, after training": Case((2, 5, 3), ("relu", "softmax"),
                                         TrainConfig(learning_rate=0.1, num_iterations=80, mini_batch_size=32,
                                                     optimizer="adam", record_every=20),
                                         "blobs", {"m": 120}, scaling="standardize", pretrain=3),
    "min-max": Case((2, 4, 1), ("tanh", "sigmoid"), TrainConfig(learning_rate=0.5, num_iterations=60,
                                                                record_every=20),
                    "moons", {"m": 100}, scaling="minmax"),
    "pixels divided by 255": Case((64, 3, 1), ("relu", "sigmoid"), TrainConfig(learning_rate=0.5, num_iterations=40,
                                                                                record_every=20),
                                  "digit_pair", {}, scaling="divide255"),
}


def trainer_records(case: Case) -> list[tuple[int, float, Optional[float]]]:
    X, Y, X_dev, Y_dev = case.scaled_data()
    trainer = Trainer(case.network(), X, Y, case.config, X_dev, Y_dev)
    return [(r.iteration, r.train_cost, r.dev_cost) for r in trainer.run()]


# Runs scripts one after another in one Python, each as `python script.py` in its own folder would:
# PyTorch takes seconds to import, and paying that once keeps the tests fast.
DRIVER = """
import os, runpy, sys
for path in sys.argv[1:]:
    print("=== " + path, flush=True)
    os.chdir(os.path.dirname(path))
    runpy.run_path(path, run_name="__main__")
"""


def run_scripts(scripts: list[Path]) -> list[list[tuple[int, float, Optional[float]]]]:
    """The costs each script prints, read from its output."""
    # one thread: the networks are tiny, and threads only fight over a shared machine's cores
    env = {**os.environ, "PYTHONWARNINGS": "error", "OMP_NUM_THREADS": "1"}
    result = subprocess.run([sys.executable, "-c", DRIVER, *map(str, scripts)], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    outputs = result.stdout.split("=== ")[1:]
    assert len(outputs) == len(scripts)
    return [[_record(line) for line in output.splitlines()[1:]] for output in outputs]


def _record(line: str) -> tuple[int, float, Optional[float]]:
    i, cost, dev = LINE.fullmatch(line).groups()
    return int(i), float(cost), None if dev is None else float(dev)


def assert_same_costs(printed, expected) -> None:
    assert [i for i, _, _ in printed] == [i for i, _, _ in expected]
    for (_, cost, dev), (_, want_cost, want_dev) in zip(printed, expected):
        assert cost == pytest.approx(want_cost, rel=1e-9, abs=1e-12)
        assert (dev is None) == (want_dev is None)
        if dev is not None:
            assert dev == pytest.approx(want_dev, rel=1e-9, abs=1e-12)


def export_case(case: Case, folder: Path) -> list[Path]:
    X, Y, X_dev, Y_dev = case.data()
    return export_scripts(folder / "lesson.py", case.network(), case.config, X, Y, X_dev, Y_dev, case.scaling)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, list[Path]]:
    """Every case exported once, each into a folder of its own."""
    return {name: export_case(case, tmp_path_factory.mktemp("export")) for name, case in CASES.items()}


@pytest.fixture(scope="module")
def numpy_costs(exported) -> dict[str, list]:
    return dict(zip(CASES, run_scripts([exported[name][0] for name in CASES])))


@pytest.fixture(scope="module")
def torch_costs(exported) -> dict[str, list]:
    pytest.importorskip("torch")
    return dict(zip(CASES, run_scripts([exported[name][1] for name in CASES])))


@pytest.mark.parametrize("name", CASES)
def test_the_numpy_script_prints_the_trainers_costs(name, numpy_costs):
    assert_same_costs(numpy_costs[name], trainer_records(CASES[name]))


@pytest.mark.parametrize("name", CASES)
def test_the_pytorch_script_prints_the_trainers_costs(name, torch_costs):
    assert_same_costs(torch_costs[name], trainer_records(CASES[name]))


def test_a_script_runs_on_its_own_from_any_folder(exported, numpy_costs, tmp_path):
    script = exported["gd full batch"][0]
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [_record(line) for line in result.stdout.splitlines()] == numpy_costs["gd full batch"]


def test_export_writes_three_files_beside_each_other(tmp_path):
    case = CASES["gd full batch"]
    written = export_case(case, tmp_path)
    assert [p.name for p in written] == ["lesson.py", "lesson_torch.py", "lesson_data.npz"]
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in written)  # no temporary files left
    with np.load(written[2]) as data:
        assert sorted(data.files) == ["W1", "W2", "X_train", "Y_train", "b1", "b2"]
        X, Y, _, _ = case.data()
        np.testing.assert_array_equal(data["X_train"], X)
        for key, value in case.network().params.items():
            assert data[key].tobytes() == value.tobytes()
    folder = tmp_path / "out"
    folder.mkdir()
    X, Y, X_dev, Y_dev = case.data()
    assert [p.name for p in export_scripts(folder, case.network(), case.config, X, Y, X_dev, Y_dev)] == \
        ["network.py", "network_torch.py", "network_data.npz"]


def test_scripts_hold_only_what_the_network_uses():
    net, config = Network([4, 3, 3], ["tanh", "softmax"]), TrainConfig(optimizer="gd")
    source = numpy_script(net, config, "spiral")
    defined = {node.name for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)}
    assert defined == {"tanh", "softmax", "tanh_backward", "initialize_parameters", "L_model_forward",
                       "compute_cost", "L_model_backward", "update_parameters", "mini_batches", "cost_on", "model"}
    assert "spiral_data.npz" in source and "python spiral.py" in source
    torch_source = pytorch_script(net, config, "spiral")
    assert "def L_model_backward" not in torch_source and "cost.backward()" in torch_source
    assert "python spiral_torch.py" in torch_source and "torch.log_softmax" in torch_source


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
@pytest.mark.parametrize("hidden", [g for g, a in ACTIVATIONS.items() if not a.output_only])
def test_every_activation_and_optimizer_gives_valid_python(hidden, optimizer):
    net = Network([3, 4, 2], [hidden, "softmax"])
    for source in (numpy_script(net, TrainConfig(optimizer=optimizer)),
                   pytorch_script(net, TrainConfig(optimizer=optimizer))):
        tree = ast.parse(source)
        assert ast.get_docstring(tree).startswith("Train the network you built in visualnet")


def test_the_header_says_where_the_starting_parameters_come_from():
    fresh = Network([2, 3, 1], ["relu", "sigmoid"], init="course", seed=7)
    assert ("after np.random.seed(7),\nW[l] = np.random.randn(n[l], n[l-1]) / np.sqrt(n[l-1])"
            in numpy_script(fresh, TrainConfig()))
    fresh.params = {**fresh.params, "b1": fresh.params["b1"] + 0.5}
    assert "the parameters the app had when you exported, not a fresh draw" in numpy_script(fresh, TrainConfig())


def test_data_that_does_not_fit_the_network_is_refused_before_writing(tmp_path):
    net = Network([2, 3, 1], ["relu", "sigmoid"])
    with pytest.raises(ShapeError, match="X has 3 rows"):
        export_scripts(tmp_path / "x.py", net, TrainConfig(), np.zeros((3, 5)), np.zeros((1, 5)))
    with pytest.raises(ArchitectureError, match="unknown optimizer 'sgd'"):
        script_files("x", net, TrainConfig(optimizer="sgd"), np.zeros((2, 5)), np.zeros((1, 5)))
    assert os.listdir(tmp_path) == []
