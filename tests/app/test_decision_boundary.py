"""The decision boundary: the network's output over the plane behind the training points, for 2-D data."""
from __future__ import annotations

import numpy as np
import pytest

from visualnet.app.session import Architecture, Hyperparameters, Session
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from visualnet.app.widgets.decision_boundary import (CURVE_RESOLUTION, LARGE_RESOLUTION, LARGE_SHARE, MARGIN,
                                                     RESOLUTION, DecisionBoundary)
from visualnet.engine.datasets import Dataset
from visualnet.engine.visual import decision_grid, fitted_curve


@pytest.fixture
def widget(show, session) -> DecisionBoundary:
    return show(DecisionBoundary(session), 620, 600)


def expected_grid(session: Session) -> np.ndarray:
    return decision_grid(session.network, session.train.X, RESOLUTION, MARGIN)[2]


def scatter_xy(widget: DecisionBoundary) -> np.ndarray:
    data = widget.scatter.data
    return np.vstack([data["x"], data["y"]])


def test_non_planar_data_gets_a_message(widget, session):
    assert widget.objectName() == "decisionBoundary"
    assert not widget.showing_plane
    assert widget.message.isVisible()
    assert widget.message.text() == ("The decision boundary needs data with one or two features "
                                     "(this dataset has n_x = 64)")


def test_flower_shows_the_output_over_the_plane(widget, session):
    session.set_dataset("flower")
    assert widget.showing_plane and not widget.message.isVisible()
    image = widget.image.image
    assert image.dtype == np.float32 and image.flags.c_contiguous and image.shape == (RESOLUTION, RESOLUTION)
    np.testing.assert_array_equal(image, expected_grid(session))
    assert widget.image.axisOrder == "row-major"
    assert widget.image.getLevels() == pytest.approx((0.0, 1.0))  # ŷ is a probability
    # the image covers the grid: pixel (r, c) centred on (xs[c], ys[r])
    xs, ys, _ = decision_grid(session.network, session.train.X, RESOLUTION, MARGIN)
    rect = widget.image.mapRectToParent(widget.image.boundingRect())
    step_x, step_y = xs[1] - xs[0], ys[1] - ys[0]
    assert rect.left() == pytest.approx(xs[0] - step_x / 2) and rect.right() == pytest.approx(xs[-1] + step_x / 2)
    assert rect.top() == pytest.approx(ys[0] - step_y / 2) and rect.bottom() == pytest.approx(ys[-1] + step_y / 2)


def test_the_scatter_holds_the_training_points_by_class(widget, session):
    session.set_dataset("flower")
    train = session.train
    assert len(widget.scatter.data) == train.m
    np.testing.assert_array_equal(scatter_xy(widget), train.X)
    colours = [widget.scatter.data["brush"][i].color().name() for i in range(train.m)]
    assert len(set(colours)) == 2
    for label in (0, 1):
        assert len({c for c, y in zip(colours, train.labels) if y == label}) == 1


def test_the_plane_follows_training(widget, session, qtbot):
    session.set_dataset("flower")
    session.set_architecture(Architecture(((4, "tanh"),), "sigmoid"))
    before = expected_grid(session)
    session.set_hyperparameters(Hyperparameters(learning_rate=1.2, num_iterations=50))
    session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=30_000)
    after = expected_grid(session)
    assert not np.array_equal(before, after)
    qtbot.waitUntil(lambda: np.array_equal(widget.image.image, after), timeout=5_000)


def test_many_classes_colour_the_predicted_class(widget, session):
    session.set_dataset("spiral")
    assert session.network.layer_sizes[-1] == 3
    np.testing.assert_array_equal(widget.image.image, expected_grid(session))
    assert set(np.unique(widget.image.image)) <= {0.0, 1.0, 2.0}
    assert widget.image.getLevels() == pytest.approx((0.0, 3.0))
    assert not widget.colour_bar.isVisible()  # the dots' colours name the classes
    assert len({b.color().name() for b in widget.scatter.data["brush"]}) == 3
    assert "class" in widget.caption.text()


def test_back_to_images_shows_the_message_again(widget, session):
    session.set_dataset("moons")
    assert widget.showing_plane and len(widget.scatter.data) == session.train.m
    session.set_dataset("digit_pair")
    assert not widget.showing_plane
    assert "n_x = 64" in widget.message.text()
    assert len(widget.scatter.data) == 0


def test_regression_on_the_plane_shows_the_output(widget, session):
    rng = np.random.RandomState(0)
    X = rng.randn(2, 60)
    data = Dataset("slope", X, (X[0] - 2 * X[1])[None, :], "regression")
    session.set_dataset(session.add_dataset(data))
    assert widget.showing_plane and len(widget.scatter.data) == session.train.m
    np.testing.assert_array_equal(widget.image.image, expected_grid(session))
    low, high = widget.image.getLevels()
    assert low < high and widget.colour_bar.levels() == pytest.approx((low, high))


def expected_curve(session: Session) -> tuple[np.ndarray, np.ndarray]:
    return fitted_curve(session.network, session.train.X, CURVE_RESOLUTION, MARGIN)


def test_one_feature_shows_the_data_and_the_fitted_curve_live(widget, session, qtbot):
    session.set_dataset("sine")
    session.set_architecture(Architecture(((16, "tanh"),), "linear"))
    assert widget.showing_plane and not widget.image.isVisible() and not widget.colour_bar.isVisible()
    train = session.train
    np.testing.assert_array_equal(scatter_xy(widget), np.vstack([train.X[0], train.Y[0]]))  # the examples (x, y)
    xs, before = expected_curve(session)
    assert widget.curve.isVisible()
    # ŷ(x) of the new network's parameters (drawn at the throttle's next turn)
    qtbot.waitUntil(lambda: np.array_equal(widget.curve.yData, before), timeout=5_000)
    np.testing.assert_array_equal(widget.curve.xData, xs)
    assert "ŷ(x)" in widget.caption.text()
    session.set_hyperparameters(Hyperparameters(learning_rate=0.05, num_iterations=300))
    session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=30_000)
    _, after = expected_curve(session)
    assert not np.array_equal(before, after)
    qtbot.waitUntil(lambda: np.array_equal(widget.curve.yData, after), timeout=5_000)  # it follows training
    # the y axis is the data's, whatever the curve did on the way
    low, high = widget.plot.getViewBox().viewRange()[1]
    assert low <= train.Y.min() and train.Y.max() <= high < train.Y.max() + (train.Y.max() - train.Y.min())


def test_one_feature_of_two_classes_draws_the_probability_over_the_labels(widget, session):
    x = np.linspace(-3, 3, 50)[np.newaxis, :]
    session.set_dataset(session.add_dataset(Dataset("step", x, (x > 0.5).astype(float), "binary")))
    train = session.train
    np.testing.assert_array_equal(scatter_xy(widget), np.vstack([train.X[0], train.labels]))
    np.testing.assert_array_equal(widget.curve.yData, expected_curve(session)[1])
    assert "P(y = 1 | x)" in widget.caption.text()
    session.set_dataset("flower")  # two features again: the plane, no curve
    assert not widget.curve.isVisible() and widget.image.isVisible()


def test_open_large_shows_the_same_live_picture_big_and_closes_with_the_window(window, qtbot):
    session, panel = window.session, window.decision_boundary
    session.set_dataset("flower")
    session.set_architecture(Architecture(((4, "tanh"),), "sigmoid"))
    button = window.findChild(object, "decisionBoundaryPopOutButton")
    assert button is panel.pop_out_button and button.text() == "Open large"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    large = window.findChild(DecisionBoundary, "decisionBoundaryWindow")
    assert large is panel.large_view and large.isWindow() and large.isVisible()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert min(large.width(), large.height()) >= int(min(screen.width(), screen.height()) * LARGE_SHARE) - 1
    assert large.font().pointSizeF() > panel.font().pointSizeF()  # to be read from further away
    assert not large.pop_out_button.isVisible()
    session.set_hyperparameters(Hyperparameters(learning_rate=1.2, num_iterations=100))
    session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=30_000)
    expected = decision_grid(session.network, session.train.X, LARGE_RESOLUTION, MARGIN)[2]
    qtbot.waitUntil(lambda: np.array_equal(large.image.image, expected), timeout=5_000)  # live, finer
    window.projects.mark_saved(window.projects.path)
    assert window.close()
    assert not large.isVisible()


def test_the_plot_text_follows_presentation_mode(window):
    panel = window.decision_boundary
    window.set_presentation(True)
    for axis in ("bottom", "left"):
        assert panel.plot.getAxis(axis).style["tickFont"].pointSizeF() == window.font().pointSizeF()
    panel.show_large()
    assert panel.large_view.font().pointSizeF() > window.font().pointSizeF()
    window.set_presentation(False)
    assert panel.plot.getAxis("bottom").style["tickFont"].pointSizeF() == window.font().pointSizeF()
