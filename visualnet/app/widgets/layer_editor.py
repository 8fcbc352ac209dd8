"""The layer editor: build the network layer by layer, n[l] and g[l], with undo for every edit.

Row l of the table is layer l: the input layer (n[0] from the dataset, read-only), the hidden
layers (units and activation editable) and the output layer (its units follow the task, its
activation can change where that makes sense). Every edit becomes an undoable command; a
value the network cannot take is refused with the reason written under the table.
"""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout,
                               QWidget)

from ..commands import edit_architecture
from ..session import HIDDEN_ACTIVATIONS, MAX_UNITS, OUTPUT_CHOICES, PRESETS, Architecture, Session
from ..texts import preset_names, with_blocked
from .retranslating import Retranslating

UNITS, ACTIVATION = 1, 2
DEFAULT_NEW_LAYER = (4, "relu")
SELECTED = QColor("#cfe3ff")
HOVERED = QColor("#eef5ff")


class LayerTableModel(QAbstractTableModel):
    """The architecture as a table; edits become commands, refusals become ``refused`` messages."""

    refused = Signal(str)
    accepted = Signal()

    def __init__(self, session: Session, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.session = session
        self._shown = self._row_values()
        session.architectureChanged.connect(self._on_architecture_changed)
        session.datasetChanged.connect(self._on_architecture_changed)
        session.hoveredLayerChanged.connect(self._on_highlight_changed)
        session.selectedLayerChanged.connect(self._on_highlight_changed)

    def _row_values(self) -> list[tuple]:
        """What each row shows, to tell which rows an edit changed: (kind, n[l], g[l]), and the image for l = 0."""
        session = self.session
        sizes, activations = session.layer_sizes, session.activations
        rows = [("input", sizes[0], session.dataset.image_shape)]
        rows += [(self.role_of(l), sizes[l], activations[l - 1]) for l in range(1, len(sizes))]
        return rows

    def _on_architecture_changed(self) -> None:
        # A reset would close the cell editor that is committing this very edit; when the
        # number of layers stays, refreshing the rows that changed is enough (and repaints only those).
        shown, self._shown = self._shown, self._row_values()
        if len(shown) == len(self._shown):
            for l, (before, after) in enumerate(zip(shown, self._shown)):
                if before != after:
                    self.dataChanged.emit(self.index(l, 0), self.index(l, 2))
            return
        self.beginResetModel()
        self.endResetModel()

    def _on_highlight_changed(self, _layer: int) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 2),
                                  [Qt.ItemDataRole.BackgroundRole])

    # -------------------------------------------------------------- reading
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Layer"), self.tr("Units n[l]"), self.tr("Activation g[l]"))[section]
        return str(section)

    def role_of(self, l: int) -> str:
        return "input" if l == 0 else "output" if l == self.session.architecture.L else "hidden"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        l, column = index.row(), index.column()
        session = self.session
        if role == Qt.ItemDataRole.BackgroundRole:
            return SELECTED if l == session.selected_layer else HOVERED if l == session.hovered_layer else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(l, column)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        kind = self.role_of(l)
        if column == 0:
            names = {"input": self.tr("input"), "hidden": self.tr("hidden"), "output": self.tr("output")}
            return f"l = {l} · {names[kind]}"
        if column == UNITS:
            n = session.layer_sizes[l]
            image = session.dataset.image_shape
            if kind == "input" and image and role == Qt.ItemDataRole.DisplayRole:
                return f"{'×'.join(map(str, image))} = {n}"
            return str(n)
        if kind == "input":
            return "—"
        return session.activations[l - 1]

    def _tooltip(self, l: int, column: int) -> Optional[str]:
        kind = self.role_of(l)
        if kind == "input":
            return self.tr("n[0] = n_x: one input unit per feature of the dataset. It follows the dataset.")
        if kind == "output" and column == UNITS:
            return self.tr("n[L] follows the task: 1 sigmoid unit for two classes, C softmax units for C classes.")
        if column == UNITS:
            return self.tr("Type the number of units n[{l}] and press Enter.").format(l=l)
        if column == ACTIVATION:
            return self.tr("Choose the activation g[{l}] of this layer.").format(l=l)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        kind, column = self.role_of(index.row()), index.column()
        editable = (kind == "hidden" and column in (UNITS, ACTIVATION)) or (
            kind == "output" and column == ACTIVATION and len(self.activation_choices(index.row())) > 1)
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def activation_choices(self, l: int) -> tuple[str, ...]:
        if self.role_of(l) == "output":
            return OUTPUT_CHOICES[self.session.dataset.task]
        return HIDDEN_ACTIVATIONS

    # -------------------------------------------------------------- writing
    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        l, column = index.row(), index.column()
        arch = self.session.architecture
        if column == ACTIVATION and self.role_of(l) == "output":
            return self.apply(Architecture(arch.hidden, str(value)), self.tr("Change g[L]"))
        hidden = list(arch.hidden)
        n, g = hidden[l - 1]
        if column == UNITS:
            text = str(value).strip().replace(",", "").replace("_", "")
            if not text.lstrip("+-").isdigit():
                self.refused.emit(self.tr("n[{l}] must be a whole number, not “{text}”").format(l=l, text=value))
                return False
            hidden[l - 1] = (int(text), g)
            return self.apply(arch.with_hidden(hidden), self.tr("Set n[{l}]").format(l=l), ("units", l))
        hidden[l - 1] = (n, str(value))
        return self.apply(arch.with_hidden(hidden), self.tr("Change g[{l}]").format(l=l))

    def apply(self, architecture: Architecture, text: str, merge_key: Any = None) -> bool:
        """Push the edit, or report why it was refused; True when the session took it."""
        problem = edit_architecture(self.session, architecture, text, merge_key)
        if problem is not None:
            self.refused.emit(problem)
            return False
        self.accepted.emit()
        return True


class ActivationDelegate(QStyledItemDelegate):
    """A drop-down of the activations that fit the row (hidden: all but softmax; output: by task)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() != ACTIVATION:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(list(index.model().activation_choices(index.row())))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class LayerEditor(Retranslating, QWidget):
    """Presets, the layer table, add/insert/remove/reorder, a units spin box, and refusal messages."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerEditor")
        self.session = session
        self.model = LayerTableModel(session, self)

        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.table = QTableView(self)
        self.table.setObjectName("layerTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ActivationDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self._edit_triggers = triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        self.table.setEditTriggers(self._edit_triggers)
        self.table.setMouseTracking(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)

        self.add_button = self._button("addLayerButton", self.add_layer)
        self.insert_button = self._button("insertLayerButton", self.insert_layer)
        self.remove_button = self._button("removeLayerButton", self.remove_layer)
        self.up_button = self._button("moveLayerUpButton", lambda: self.move_layer(-1))
        self.down_button = self._button("moveLayerDownButton", lambda: self.move_layer(+1))
        self.units_label = QLabel(self)
        self.units_spin = QSpinBox(self)
        self.units_spin.setObjectName("unitsSpin")
        self.units_spin.setRange(1, MAX_UNITS)
        self.units_spin.setKeyboardTracking(False)
        self.message = QLabel(self)
        self.message.setObjectName("layerEditorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        buttons = QHBoxLayout()
        for button in (self.add_button, self.insert_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        units_row = QHBoxLayout()
        units_row.addWidget(self.units_label)
        units_row.addWidget(self.units_spin, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preset_combo)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(units_row)
        layout.addWidget(self.message)

        for key, slot in (("Ctrl+Ins", self.add_layer), ("Ins", self.insert_layer),
                          ("Del", self.remove_layer), ("Ctrl+Up", lambda: self.move_layer(-1)),
                          ("Ctrl+Down", lambda: self.move_layer(+1))):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: session.set_selected_layer(
            current.row()))
        self.table.entered.connect(lambda index: session.set_hovered_layer(index.row()))
        self.units_spin.valueChanged.connect(self._on_units_spin_changed)
        self.model.refused.connect(self.message.setText)
        self.model.accepted.connect(self.message.clear)
        session.architectureChanged.connect(self._on_architecture_changed)
        session.datasetChanged.connect(self._on_architecture_changed)
        session.selectedLayerChanged.connect(self._on_selected_layer_changed)
        self.retranslate()
        self._on_architecture_changed()

    def set_editing_visible(self, visible: bool) -> None:
        """Show or hide every way to change the network (a teacher's fixed-network exercise)."""
        for widget in (self.preset_combo, self.add_button, self.insert_button, self.remove_button, self.up_button,
                       self.down_button, self.units_spin):
            widget.setVisible(visible)
        self.table.setEditTriggers(self._edit_triggers if visible else QAbstractItemView.EditTrigger.NoEditTriggers)

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        """Every visible word, so a language switch can simply call this again."""
        self.add_button.setText(self.tr("Add layer"))
        self.add_button.setToolTip(self.tr("Add a hidden layer just before the output layer (Ctrl+Insert)"))
        self.insert_button.setText(self.tr("Insert"))
        self.insert_button.setToolTip(self.tr("Insert a hidden layer before the selected one (Insert)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected hidden layer (Delete)"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the selected hidden layer towards the input (Ctrl+Up)"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the selected hidden layer towards the output (Ctrl+Down)"))
        self.units_spin.setToolTip(self.tr("Units of the selected hidden layer; arrow keys step, holding them "
                                           "makes one undo step"))
        with_blocked(self.preset_combo, self._fill_presets)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.table.viewport().update()

    def _fill_presets(self) -> None:
        self.preset_combo.clear()
        self.preset_combo.addItem(self.tr("Choose a preset network…"), None)
        for key, name in preset_names().items():
            self.preset_combo.addItem(name, key)

    # -------------------------------------------------------------- session -> widgets
    def _on_architecture_changed(self) -> None:
        self._on_selected_layer_changed(self.session.selected_layer)

    def _on_selected_layer_changed(self, layer: int) -> None:
        arch = self.session.architecture
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if rows != ([layer] if layer >= 0 else []):  # after an edit it usually is selected already
            with_blocked(self.table.selectionModel(), lambda: self.table.selectRow(layer) if layer >= 0
                         else self.table.clearSelection())
            if 0 <= layer:
                self.table.viewport().update()
        hidden = 1 <= layer < arch.L
        self.units_spin.setEnabled(hidden)
        self.units_label.setText(f"n[{layer}]" if hidden else "n[l]")
        if hidden:
            with_blocked(self.units_spin, lambda: self.units_spin.setValue(arch.hidden[layer - 1][0]))
        self.remove_button.setEnabled(arch.L > 1)
        self.up_button.setEnabled(2 <= layer < arch.L)
        self.down_button.setEnabled(1 <= layer < arch.L - 1)

    # -------------------------------------------------------------- widgets -> session
    def _hidden_target(self) -> int:
        """The hidden layer the buttons act on: the selected one, else the last hidden layer."""
        layer, L = self.session.selected_layer, self.session.architecture.L
        return layer if 1 <= layer < L else L - 1

    def add_layer(self) -> None:
        arch = self.session.architecture
        new = arch.hidden[-1] if arch.hidden else DEFAULT_NEW_LAYER
        if self.model.apply(arch.with_hidden([*arch.hidden, new]), self.tr("Add layer")):
            self.session.set_selected_layer(arch.L)

    def insert_layer(self) -> None:
        arch = self.session.architecture
        at = max(1, self.session.selected_layer if 1 <= self.session.selected_layer <= arch.L else arch.L)
        hidden = list(arch.hidden)
        hidden.insert(at - 1, hidden[at - 1] if at <= len(hidden) else hidden[-1] if hidden else DEFAULT_NEW_LAYER)
        if self.model.apply(arch.with_hidden(hidden), self.tr("Insert layer")):
            self.session.set_selected_layer(at)

    def remove_layer(self) -> None:
        arch = self.session.architecture
        target = self._hidden_target()
        if target < 1:
            self.message.setText(self.tr("There is no hidden layer to remove: this is logistic regression."))
            return
        hidden = list(arch.hidden)
        del hidden[target - 1]
        if self.model.apply(arch.with_hidden(hidden), self.tr("Remove layer")):
            self.session.set_selected_layer(min(target, len(hidden)) if hidden else -1)

    def move_layer(self, step: int) -> None:
        arch = self.session.architecture
        source = self.session.selected_layer
        target = source + step
        if not (1 <= source < arch.L and 1 <= target < arch.L):
            return
        hidden = list(arch.hidden)
        hidden[source - 1], hidden[target - 1] = hidden[target - 1], hidden[source - 1]
        if self.model.apply(arch.with_hidden(hidden), self.tr("Move layer")):
            self.session.set_selected_layer(target)

    def _on_units_spin_changed(self, value: int) -> None:
        layer = self.session.selected_layer
        if not 1 <= layer < self.session.architecture.L:
            return
        if not self.model.setData(self.model.index(layer, UNITS), str(value)):
            self._on_selected_layer_changed(layer)  # put the refused value back

    def _on_preset_chosen(self, row: int) -> None:
        key = self.preset_combo.itemData(row)
        if key is not None:
            self.model.apply(self.session.architecture.with_hidden(PRESETS[key]),
                             self.tr("Preset: {name}").format(name=self.preset_combo.itemText(row)))
        with_blocked(self.preset_combo, lambda: self.preset_combo.setCurrentIndex(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Leave:
            self.session.set_hovered_layer(-1)
        return super().eventFilter(watched, event)


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(LayerEditor, 420, 480)
