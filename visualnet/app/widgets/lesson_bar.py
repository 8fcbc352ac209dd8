"""The bar a lesson speaks through: the step's title and a few sentences above the views, with
‹ Previous, Next › and Close. It never covers the app: the student can play with any panel meanwhile."""
from __future__ import annotations

import html
from typing import Callable, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .retranslating import Retranslating

Words = Callable[[], str]


class LessonBar(Retranslating, QFrame):
    """Shows one lesson step (``lessonBar``); its words are callables, said again on a language switch."""

    previousClicked = Signal()
    nextClicked = Signal()
    closeClicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # a pale note colour: it reads as the teacher's voice, apart from the panels. A palette, not a style
        # sheet: a style sheet would keep the labels' font from following the window's (presentation's larger)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff6dc"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#2b2b2b"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.progress = QLabel(objectName="lessonProgress")
        self.title = QLabel(objectName="lessonTitle", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.text = QLabel(objectName="lessonText", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(objectName="lessonNote", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        note = self.note.palette()
        note.setColor(QPalette.ColorRole.WindowText, QColor("#8a5a00"))
        self.note.setPalette(note)
        self.previous_button = self._button("lessonPreviousButton", self.previousClicked)
        self.next_button = self._button("lessonNextButton", self.nextClicked)
        self.close_button = self._button("lessonCloseButton", self.closeClicked)
        words = QVBoxLayout()
        words.setSpacing(2)
        heading = QHBoxLayout()
        heading.addWidget(self.progress)
        heading.addWidget(self.title, 1)
        words.addLayout(heading)
        words.addWidget(self.text)
        words.addWidget(self.note)
        buttons = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        buttons.addLayout(row)
        buttons.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(words, 1)
        layout.addLayout(buttons)
        self._words: tuple[Words, Words, Optional[Words]] = (str, str, None)
        self._position = (0, 0)
        self.hide()
        self.retranslate()

    def _button(self, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the panel the student uses
        button.clicked.connect(signal)
        return button

    def show_step(self, position: int, count: int, title: Words, text: Words, note: Optional[Words]) -> None:
        """Show step ``position`` (0-based) of ``count``; ``note`` says what the step changed, if anything."""
        self._words = (title, text, note)
        self._position = (position, count)
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        position, count = self._position
        title, text, note = self._words
        self.progress.setText(f"{position + 1}/{count}")
        self.title.setText(f"<b>{html.escape(title())}</b>")  # bold by markup: its font stays the window's
        self.text.setText(text())
        self.note.setText(note() if note is not None else "")
        self.note.setVisible(note is not None)
        self.previous_button.setText(self.tr("‹ Previous"))
        self.previous_button.setToolTip(self.tr("The previous step (Page Up)"))
        self.previous_button.setEnabled(position > 0)
        self.next_button.setText(self.tr("Next ›"))
        self.next_button.setToolTip(self.tr("The next step (Page Down)"))
        self.next_button.setEnabled(position + 1 < count)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("End the lesson; the app stays as it is (Esc)"))
