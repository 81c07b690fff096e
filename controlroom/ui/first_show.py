"""Work a hidden panel needs only once someone looks at it (a keyring read, a list of links): run when
the widget is first on screen, whether its window opens, its dock is raised or its tab is chosen, so
that opening an event does not pay for panels behind other tabs (``when_first_shown``). A panel that
builds many widgets each time its data changes (the room board's cards, the screens' links) builds them
only while on screen, and once more as it comes back (``BuildWhileOnScreen``).

A dock behind another dock's tab is still "visible" to Qt (it is moved off the window, not hidden);
what tells that it came to the front is the dock's ``visibilityChanged(True)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget


def _dock_of(widget: QWidget) -> QDockWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent


def _on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class _OnFirstShow(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        self._waiting_on: QDockWidget | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._shown)  # once the window's layout has placed the docks
        return False

    def _shown(self) -> None:
        dock = _dock_of(self._widget)
        if dock is None or _on_screen(self._widget):
            self._fire()
        else:  # a tab behind another: wait until it is chosen
            self._waiting_on = dock
            dock.visibilityChanged.connect(self._dock_visibility)

    def _dock_visibility(self, visible: bool) -> None:
        if visible:
            self._fire()

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            if self._waiting_on is not None:
                self._waiting_on.visibilityChanged.disconnect(self._dock_visibility)
                self._waiting_on = None
            self.deleteLater()
            callback()


def when_first_shown(widget: QWidget, callback: Callable[[], None]) -> None:
    """``callback()`` now if ``widget`` is on screen, else the first time it comes on screen."""
    if _on_screen(widget):
        callback()
    else:
        _OnFirstShow(widget, callback)


class BuildWhileOnScreen(QObject):
    """``request()`` builds now when the widget is on screen; otherwise it only marks the widget out of
    date, and the widget is built as it comes on screen (its window opens, its dock is raised, its tab is
    chosen). However many requests came meanwhile, one build."""

    def __init__(self, widget: QWidget, build: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._build = build
        self.stale = False
        self._dock: QDockWidget | None = None
        widget.installEventFilter(self)

    def request(self) -> None:
        if _on_screen(self._widget):
            self._run()
            return
        self.stale = True
        self._watch_dock()

    def _watch_dock(self) -> None:
        """Hear when the dock the widget is in now comes to the front (it may be put in one, or moved to
        another, after it was first asked for)."""
        dock = _dock_of(self._widget)
        if dock is self._dock:
            return
        if self._dock is not None:
            self._dock.visibilityChanged.disconnect(self._dock_visibility)
        self._dock = dock
        if dock is not None:
            dock.visibilityChanged.connect(self._dock_visibility)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and self.stale:
            self._watch_dock()
            self._catch_up()  # on screen now (a window opening): built before it paints
            QTimer.singleShot(0, self, self._catch_up)  # a dock: once the window's layout has placed it
        return False

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self.stale:
            QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        if self.stale and _on_screen(self._widget):
            self._run()

    def _run(self) -> None:
        self.stale = False
        self._build()
