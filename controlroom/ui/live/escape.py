"""Esc leaves any text field of the main window for the timer.

A moderator who typed a message, an input or an agenda title presses Esc and has the single-key
shortcuts (Space, N, +, −, …) back at once. The field (or the agenda table's cell editor) gets the
key first and does its own thing with it — an editor throws its unsaved edit away — and only then
does the focus move to the timer panel. Dialogs keep their Esc (it closes them), and so does an open
completer or popup list.

Only the widget that has the focus is watched (an event filter is moved along as the focus moves),
so no Python code runs for the events of every other widget.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def is_text_field(widget: QWidget) -> bool:
    """Widgets that take typed text (a read-only text view is not one)."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class EscapeToTimer(QObject):
    """Moves the focus to ``focus_timer()`` after Esc in a text field inside ``window``."""

    def __init__(self, window: QWidget, focus_timer: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.focus_timer = focus_timer
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication), "a widget needs a QApplication"
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _belongs_here(self, widget: QWidget) -> bool:
        """In the main window or one of its floating docks; not in a dialog or another window."""
        w: QWidget | None = widget
        while w is not None:
            if w is self.window:
                return True
            if isinstance(w, QDialog):
                return False
            w = w.parentWidget()
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and is_text_field(new) and self._belongs_here(new):
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and QApplication.activePopupWidget() is None
        ):
            # Not now: the field (or the table's editor, which reverts) must get the key first.
            QTimer.singleShot(0, self, self._leave)
        return False

    def _leave(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None or self._belongs_here(focus):
            self.focus_timer()
