"""Parameters (learned) against hyperparameters (chosen): live values, and a sweep for each hyperparameter."""
from __future__ import annotations

from dataclasses import replace

import pytest

from visualnet.app.commands import edit_architecture
from visualnet.app.widgets.parameters_panel import SWEEPS, ParametersPanel
from visualnet.app.widgets.sweep_panel import DEFAULT_VALUES
from visualnet.engine.experiments import HYPERPARAMETERS


def column(table, c: int) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())]


def hyperparameter(panel: ParametersPanel, key: str) -> str:
    """The value shown in ``key``'s row, found by the row's name as the user reads it."""
    table = panel.hyperparameters_table
    return table.item(column(table, 0).index(panel.names()[key]), 1).text()


@pytest.fixture
def panel(show, session) -> ParametersPanel:
    return show(ParametersPanel(session), 900, 460)


def test_the_parameters_are_each_layers_W_and_b_with_the_engines_shapes_and_counts(panel, session):
    net = session.network
    table = panel.parameters_table
    assert panel.objectName() == "parametersPanel"
    assert column(table, 0) == [f"{p}[{l}]" for l in range(1, net.L + 1) for p in "Wb"] + ["total"]
    assert column(table, 2)[:-1] == [f"{net.params[f'{p}{l}'].size:,}" for l in range(1, net.L + 1) for p in "Wb"]
    assert column(table, 2)[-1] == f"{net.parameter_count:,}" == "1,547"
    assert column(table, 1)[0] == "(n[1], n[0]) = (20, 64)"
    assert "learned by gradient descent" in panel.parameters_title.text()
    assert "hyperparameters are chosen by you" in panel.lesson.text()


def test_the_panel_follows_every_edit(panel, session):
    session.set_hyperparameters(replace(session.hyperparameters, learning_rate=0.03, optimizer="adam",
                                        mini_batch_size=64, lambd=0.1))
    assert hyperparameter(panel, "learning_rate") == "0.03"
    assert hyperparameter(panel, "betas") == "β1 = 0.9, β2 = 0.999"
    assert hyperparameter(panel, "mini_batch_size") == "64"
    assert hyperparameter(panel, "lambd") == "0.1"
    assert hyperparameter(panel, "optimizer") == "Adam"
    # a layer added (through the undoable edit the layer editor makes): new rows, counts from the engine
    edit_architecture(session, session.architecture.with_hidden(session.architecture.hidden + ((3, "tanh"),)),
                      "Add layer")
    net = session.network
    assert net.L == 5 and hyperparameter(panel, "L") == "5"
    assert hyperparameter(panel, "units").startswith("20, 7, 5, 3 ")
    assert hyperparameter(panel, "activations") == "ReLU, ReLU, ReLU, tanh, softmax"
    assert column(panel.parameters_table, 0)[-3:] == ["W[5]", "b[5]", "total"]
    assert column(panel.parameters_table, 2)[-1] == f"{net.parameter_count:,}"
    session.undo_stack.undo()
    assert hyperparameter(panel, "L") == "4" and panel.parameters_table.rowCount() == 9


def test_every_hyperparameter_a_sweep_varies_has_its_button(panel, qtbot):
    assert set(panel.sweep_buttons) == {name for name in SWEEPS.values() if name} == set(HYPERPARAMETERS)
    with qtbot.waitSignal(panel.sweepRequested, check_params_cb=lambda name: name == "lambd"):
        panel.sweep_buttons["lambd"].click()


@pytest.mark.parametrize("name", ["learning_rate", "units", "mini_batch_size"])
def test_a_sweep_button_opens_the_sweep_with_its_hyperparameter_chosen(window, qtbot, name):
    window.sweep_panel.set_axis(1, name, "1, 2")  # the user's second axis, the same one: it goes
    window.parameters_dock.toggleViewAction().trigger()
    assert window.parameters_dock.isVisible() and window.parameters_panel.isVisible()
    window.parameters_panel.sweep_buttons[name].click()
    assert window.central_tabs.currentWidget() is window.experiments_page
    assert window.experiment_tabs.currentWidget() is window.sweep_panel and window.sweep_panel.isVisible()
    first, second = window.sweep_panel.combos
    assert first.currentData() == name and second.currentData() is None
    assert window.sweep_panel.edits[0].text() == DEFAULT_VALUES[name]
    assert window.sweep_panel.axes() == [(name, window.sweep_panel.axes()[0][1])]
