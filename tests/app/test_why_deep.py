"""The why-deep panel: the sawtooth drawn and counted, the k = 1..8 table, fits in child processes, Build."""
from __future__ import annotations

import csv

import numpy as np
from PySide6.QtCore import Qt

from visualnet.app.widgets.why_deep import WhyDeep
from visualnet.engine.datasets.generated import sawtooth_values
from visualnet.engine.depth import count_pieces, network_of


def cell(panel, row, column):
    return panel.table.item(row, column).text()


def test_the_plot_and_table_show_the_exact_counts(qtbot, session, show):
    panel = show(WhyDeep(session), 1200, 800)
    assert panel.objectName() == "whyDeepPanel"
    panel.k.setValue(6)
    x, y = panel.curves["target"].getData()
    assert np.allclose(y, sawtooth_values(x[None, :], 6)[0])
    assert np.allclose(panel.curves["deep"].getData()[1], y)  # the construction is exact
    assert not panel.curves["shallow"].isVisible()  # nothing trained yet: nothing drawn
    assert "64" in panel.counts.text() and "13" in panel.counts.text()  # 2^6 pieces; 2k + 1 at most
    assert panel.table.rowCount() == 8
    for r in range(8):
        k = r + 1
        assert cell(panel, r, 1) == f"{2 ** k:,}" and cell(panel, r, 2) == str(2 * k)
        assert cell(panel, r, 4) == f"{2 ** k:,}" and cell(panel, r, 7) == str(2 * k + 1)
        assert cell(panel, r, 8) == ""


def test_start_trains_both_shapes_off_the_gui_thread_and_draws_what_they_compute(qtbot, session, show, tmp_path):
    panel = show(WhyDeep(session), 1200, 800)
    panel.iterations.setValue(300)
    panel.restarts.setValue(1)
    panel.k.setValue(4)
    with qtbot.waitSignal(panel.experimentFinished, timeout=120_000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    result = panel.result_of(4)
    assert result.status == "done"
    shallow = network_of(4, "shallow", result.shallow.params)
    x, y = panel.curves["shallow"].getData()
    assert panel.curves["shallow"].isVisible()
    assert np.allclose(y, shallow.forward(x[None, :])[0][0])
    assert count_pieces(shallow) == result.shallow.pieces <= 9
    assert cell(panel, 3, 8).startswith(f"{result.shallow.error:.4f}")
    assert "random start" in panel.counts.text()
    assert panel.export_csv(str(tmp_path / "deep.csv")) is None
    rows = list(csv.reader((tmp_path / "deep.csv").read_text().splitlines()))
    assert len(rows) == 9 and float(rows[4][8]) == result.shallow.error


def test_build_puts_the_deep_construction_in_the_session_as_one_undo_step(qtbot, session, show):
    panel = show(WhyDeep(session), 1200, 800)
    before = (session.dataset_name, session.layer_sizes)
    panel.k.setValue(3)
    qtbot.mouseClick(panel.build_button, Qt.MouseButton.LeftButton)
    assert session.layer_sizes == [1, 2, 2, 2, 1] and session.activations == ["relu"] * 3 + ["linear"]
    assert session.dataset.Y.shape == (1, 257)
    AL, _ = session.network.forward(session.dataset.X)
    assert np.allclose(AL, session.dataset.Y)
    assert session.dataset_reference().options == {"k": 3}
    session.undo_stack.undo()
    assert (session.dataset_name, session.layer_sizes) == before


def test_the_parity_study_counts_the_circuits_for_its_n(qtbot, session, show):
    from visualnet.app.widgets.parity_study import ParityStudy

    panel = show(ParityStudy(session), 1200, 800)
    panel.n_from.setValue(3)
    panel.n_to.setValue(6)
    table = panel.circuit_table
    assert table.rowCount() == 4
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(4)]
    assert rows[0] == ["3", "5", "2", "2", "4"]  # 2^2 ANDs + 1 OR; 2 XORs in 2 levels; 3 + 1 threshold units
    assert rows[3] == ["6", "33", "5", "3", "7"]
    assert "n + 1" in panel.circuit_note.text()
