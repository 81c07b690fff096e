"""The main window: menus and the agenda in the middle; every other panel is a dock that
its area adds through ``add_dock``. The window holds layout only, no area logic.

First run (no saved state): the timer top left beside the agenda, the timeline top right with the
input log (tabbed with the tech host's docks) under it down the whole right side, and the groups' docks
(room board, participants, Open Space) under the timer and the agenda; sized to the screen so it fits
1366×768. A panel's own minimum size is capped (``PANEL_MIN_CAP``) so it never forces the window larger
than the screen. Afterwards the layout saved at close (``saveState``) wins."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from controlroom.ui.context import UiContext
from controlroom.ui.screen_layout import layout_key, screen_of

if TYPE_CHECKING:  # the areas are built after the window, by the wirings that import it
    from controlroom.ui.areas import WindowAreas

log = logging.getLogger(__name__)
#: A step that stops something an area started for this event (a server, adapters, a sync).
ShutdownStep = Callable[[], Awaitable[None] | None]

#: Where the known docks go on first run. Docks of the same group are tabbed; the first one listed is
#: raised. Docks not named here keep the area their wiring asked for (at most two stacks per area).
LEFT_DOCKS = ("live-timer",)
RIGHT_TOP_DOCKS = ("live-timeline",)
RIGHT_BOTTOM_DOCKS = ("inputs", "tech-cues", "tech-log", "tech-adapters", "platforms", "screens")
BOTTOM_DOCKS = ("room-board", "participants", "open-space")
#: The window's size on first run when the screen has room for it (else it fills the screen).
PREFERRED_SIZE = QSize(1600, 1000)
#: The most a panel's own minimum size may ask of the window (see ``add_dock``).
PANEL_MIN_CAP = QSize(360, 180)


class MainWindow(QMainWindow):
    #: The user asked to open another event file; the composition root builds a new window for it.
    openEventRequested = Signal(object)  # noqa: N815 - a Qt-style signal name, used across the window

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kontrollrom"))
        self.resize(1400, 860)
        self.default_state: QByteArray | None = None
        self._forget_saved_state = False
        self._size_docks_on_show = False
        self._menus: dict[str, QMenu] = {}
        self.docks: dict[str, QDockWidget] = {}
        for key, title in (
            ("file", self.tr("&Fil")),
            ("edit", self.tr("&Rediger")),
            ("live", self.tr("&Direkte")),
            ("groups", self.tr("&Grupper")),
            ("inputs", self.tr("&Innspill")),
            ("tech", self.tr("&Teknikk")),
            ("view", self.tr("&Vis")),
            ("help", self.tr("&Hjelp")),
        ):
            self._menus[key] = self.menuBar().addMenu(title)
        self.setCentralWidget(QLabel(self.tr("Ingen hendelse åpnet")))
        self._shutdown_steps: list[ShutdownStep] = []
        self._shut_down = False
        #: Always visible: whether the remote API is off, on this machine only, or on the network, and where.
        self.api_status = QLabel(self.tr("Fjernstyring: av"))
        self.api_status.setObjectName("ApiStatus")
        self.statusBar().addPermanentWidget(self.api_status)
        #: Shown while the event cannot be written (a read-only file, a full disk): why, in red.
        self.storage_notice = QLabel()
        self.storage_notice.setObjectName("StorageNotice")
        self.storage_notice.setStyleSheet("color: #b00020; font-weight: bold;")
        self.storage_notice.setWordWrap(True)
        self.storage_notice.hide()
        self.statusBar().addWidget(self.storage_notice, 1)

    # -- an event's lifetime -------------------------------------------------------------------
    def set_areas(self, areas: WindowAreas) -> None:
        """What each area built (the composition root sets it once, after wiring them)."""
        self.areas = areas

    def on_shutdown(self, step: ShutdownStep) -> None:
        """Run ``step`` when this window's event is closed or replaced by another (last added, first run)."""
        self._shutdown_steps.append(step)

    async def shut_down(self) -> None:
        """Stop everything this window's event runs: every timer of the window, then each area's
        steps (the API server, adapters and cues, the Teams sync …). Safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        for timer in self.findChildren(QTimer):
            timer.stop()
        for step in reversed(self._shutdown_steps):
            try:
                result = step()
                if inspect.isawaitable(result):
                    await asyncio.wait_for(result, 5)
            except Exception:  # one area failing to stop must not keep the others running
                log.exception("shutdown step %r failed", step)

    def show_storage_notice(self, text: str) -> None:
        self.storage_notice.setText(text)
        self.storage_notice.setVisible(bool(text))

    def set_api_status(self, text: str, tooltip: str = "") -> None:
        self.api_status.setText(text)
        self.api_status.setToolTip(tooltip)

    def set_event_title(self, title: str, path: Path | None) -> None:
        """Window title: the event's title and file, then the program's name."""
        parts = [title.strip()] if title and title.strip() else []
        if path is not None:
            parts.append(Path(path).name)
        parts.append(self.tr("Kontrollrom"))
        self.setWindowTitle(" — ".join(parts))
        self.setWindowFilePath(str(path) if path is not None else "")

    # -- used by the areas' wiring -------------------------------------------------------------
    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def add_action(
        self, menu: str, text: str, slot, shortcut: str | QKeySequence | None = None, *, context=Qt.ShortcutContext.WindowShortcut
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        self._menus[menu].addAction(action)
        self.addAction(action)  # the shortcut works wherever focus is in the window
        return action

    def add_dock(
        self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        # A panel's layout minimum (an input line with six combos, a cue list with a big GO button) must
        # not push the window past a 1366×768 screen: cap it. A dock made smaller than its panel's
        # layout wants clips the panel's edge instead (the areas keep their panels compact).
        hint = widget.minimumSizeHint()
        if hint.isValid():
            widget.setMinimumSize(hint.boundedTo(PANEL_MIN_CAP))
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self._menus["view"].addAction(dock.toggleViewAction())
        self.docks[key] = dock
        return dock

    def finish_setup(self) -> None:
        """Restore the saved layout once every area has added its docks (first run: the default)."""
        view = self._menus["view"]
        view.addSeparator()
        reset = QAction(self.tr("Tilbakestill vindusoppsettet"), self)
        reset.setObjectName("window-reset-layout")
        reset.triggered.connect(self.reset_layout)
        view.addAction(reset)
        state = self.ctx.settings.value(layout_key(self, "state"))  # remembered per screen size
        geometry = self.ctx.settings.value(layout_key(self, "geometry"))
        self._arrange_default_layout()
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._fit_to_screen()
        self.default_state = self.saveState()
        if isinstance(state, QByteArray) and not state.isEmpty() and self.restoreState(state):
            self._size_docks_on_show = False

    def _fit_to_screen(self) -> None:
        screen = screen_of(self)
        if screen is None:
            return
        avail = screen.availableGeometry()
        size = PREFERRED_SIZE.boundedTo(avail.size())
        self.resize(size)
        minimum = self.minimumSizeHint()
        fits = minimum.width() <= avail.width() and minimum.height() <= avail.height()
        # A laptop: use all of it. Never maximize below the window's minimum size, though: a layout
        # squeezed under its docks' minimums crashed Qt 6.12 in the next restoreState (tests/integration).
        if fits and (size.width() < 1500 or size.height() < 900):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def apply_default_layout(self) -> None:
        """Back to the first-run arrangement (Vis → Tilbakestill vindusoppsettet): the state saved when
        the window was built.

        Qt 6.12 segfaults in ``restoreState`` on a window squeezed below its docks' minimum sizes (a
        maximized window on a small screen; reproduced in tests/integration). Such a window is not
        rearranged while open: the saved layout is dropped and the default comes back next time."""
        hint, size = self.minimumSizeHint(), self.size()
        if self.isVisible() and (size.width() < hint.width() or size.height() < hint.height()):
            self.ctx.settings.remove(layout_key(self, "state"))
            self._forget_saved_state = True
            self.statusBar().showMessage(
                self.tr("Standardoppsettet brukes neste gang hendelsen åpnes."), 15000)
            return
        if self.default_state is None:
            self._arrange_default_layout()
            return
        for dock in self.docks.values():
            dock.setFloating(False)
        self.restoreState(self.default_state)
        self._size_default_docks()

    reset_layout = apply_default_layout

    def _arrange_default_layout(self) -> None:
        """Place the docks for the first run; only on a freshly built window (see ``apply_default_layout``)."""
        self.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        for key in (*LEFT_DOCKS, *RIGHT_TOP_DOCKS, *RIGHT_BOTTOM_DOCKS, *BOTTOM_DOCKS):
            if key in self.docks:  # out of the tab groups the wirings made, or tabify would keep them
                self.removeDockWidget(self.docks[key])
        placed = self._place_group(LEFT_DOCKS, Qt.DockWidgetArea.LeftDockWidgetArea)
        top = self._place_group(RIGHT_TOP_DOCKS, Qt.DockWidgetArea.RightDockWidgetArea)
        bottom_right = [self.docks[k] for k in RIGHT_BOTTOM_DOCKS if k in self.docks]
        for dock in bottom_right:
            dock.setFloating(False)
        if bottom_right:  # under the timeline (addDockWidget with an orientation; no splitDockWidget,
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, bottom_right[0], Qt.Orientation.Vertical)  # which crashed here)
            self._tabify(bottom_right)
        placed += top + bottom_right + self._place_group(BOTTOM_DOCKS, Qt.DockWidgetArea.BottomDockWidgetArea)
        for dock in placed:
            dock.show()
        self._tidy_default_layout(skip=set(placed))
        self._size_default_docks()
        self._size_docks_on_show = True  # sizes settle only once the window has its real size

    def _place_group(self, keys: tuple[str, ...], area: Qt.DockWidgetArea) -> list[QDockWidget]:
        docks = [self.docks[k] for k in keys if k in self.docks]
        for dock in docks:
            dock.setFloating(False)
        if docks:
            self.addDockWidget(area, docks[0])
            self._tabify(docks)
        return docks

    def _tabify(self, docks: list[QDockWidget]) -> None:
        for dock in docks[1:]:
            dock.setFloating(False)
            self.tabifyDockWidget(docks[0], dock)
        if docks:
            docks[0].raise_()

    def _size_default_docks(self) -> None:
        """Timer column wide enough for its buttons, timeline/inputs column wide enough for the input
        line, the groups' docks under the timer and the agenda with what height the timer leaves."""
        w, h = max(self.width(), 1024), max(self.height(), 640)
        get = self.docks.get
        left, timeline, inputs, board = get("live-timer"), get("live-timeline"), get("inputs"), get("room-board")
        left_w = min(400, max(390, int(w * 0.25))) if left is not None else 0  # the timer's buttons
        if left is not None:
            self.resizeDocks([left], [left_w], Qt.Orientation.Horizontal)
        if timeline is not None:  # what the timer and a readable agenda (≈400 px) leave, up to 760
            self.resizeDocks([timeline], [max(440, min(760, w - left_w - 420))], Qt.Orientation.Horizontal)
            if inputs is not None:
                self.resizeDocks([timeline, inputs], [int(h * 0.45), int(h * 0.55)], Qt.Orientation.Vertical)
        if board is not None:
            self.resizeDocks([board], [max(220, min(int(h * 0.45), h - 540))], Qt.Orientation.Vertical)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._size_docks_on_show:
            self._size_docks_on_show = False
            QTimer.singleShot(0, self._size_default_docks)

    def _tidy_default_layout(self, per_area: int = 2, skip: set[QDockWidget] | None = None) -> None:
        """First run: at most ``per_area`` dock stacks side by side in each area; the rest become
        tabs of the last stack, so the agenda in the middle keeps a readable width."""
        stacks: dict[Qt.DockWidgetArea, list[list[QDockWidget]]] = {}
        seen: set[QDockWidget] = set(skip or ())
        for dock in self.docks.values():
            if dock in seen or dock.isFloating():
                continue
            group = [dock, *(d for d in self.tabifiedDockWidgets(dock) if d not in seen)]
            seen.update(group)
            stacks.setdefault(self.dockWidgetArea(dock), []).append(group)
        for groups in stacks.values():
            if len(groups) <= per_area:
                continue
            anchor = groups[per_area - 1][-1]
            for group in groups[per_area:]:
                for dock in group:
                    self.tabifyDockWidget(anchor, dock)
                    anchor = dock
            groups[per_area - 1][0].raise_()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._forget_saved_state:
            self.ctx.settings.setValue(layout_key(self, "state"), self.saveState())
        self.ctx.settings.setValue(layout_key(self, "geometry"), self.saveGeometry())
        # The event's window is gone: no change from elsewhere may reach its panels any more.
        self.ctx.services.feed.stop()
        super().closeEvent(event)
