"""Two named window layouts, "Teknisk ansvarlig" and "Moderator": each is a ``QMainWindow.saveState``
kept in QSettings per screen size, under ``layout/<w>x<h>/<key>`` (see ``ui.screen_layout``). Switching (Vis → Oppsett) saves the layout being left and
restores the one chosen; a layout never saved gets its default (which docks show).

Qt 6.12 segfaults in ``restoreState`` (and rearranging docks) on a window squeezed below its docks'
minimum sizes (a maximized window on a small screen, see ``MainWindow.apply_default_layout``). Such a
window only gets the chosen layout's dock visibility; the arrangement waits until it has room."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup

from controlroom.ui.screen_layout import layout_key

if TYPE_CHECKING:
    from controlroom.ui.main_window import MainWindow

LAYOUTS = ("tech", "moderator")
#: Docks each layout shows by default (keys of ``window.docks``); the rest are hidden.
TECH_DOCKS = ("tech-cues", "tech-log", "tech-adapters", "room-board")
TECH_HIDES = ("stage", "inputs")
#: Docks only the tech host works in: the moderator's layout is the window's default without them (the
#: room board and the input log stay).
TECH_ONLY_DOCKS = ("tech-cues", "tech-log", "tech-adapters", "platforms")


class LayoutManager(QObject):
    def __init__(self, window: MainWindow, settings, tech_docks: tuple[str, ...] = TECH_DOCKS) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.tech_docks = tech_docks
        self.current = str(settings.value("layouts/current", "") or "")
        self.actions: dict[str, QAction] = {}

    def install_menu(self) -> None:
        menu = self.window.menu("view").addMenu(self.tr("Oppsett"))
        group = QActionGroup(self)
        group.setExclusive(True)
        for key, text, keys in (("tech", self.tr("Teknisk ansvarlig"), "Ctrl+Alt+1"),
                                ("moderator", self.tr("Moderator"), "Ctrl+Alt+2")):
            act = QAction(text, self)
            act.setObjectName(f"layout-{key}")
            act.setCheckable(True)
            act.setShortcut(keys)
            act.triggered.connect(lambda _=False, k=key: self.switch(k))
            group.addAction(act)
            menu.addAction(act)
            self.window.addAction(act)
            self.actions[key] = act
        menu.addSeparator()
        reset = QAction(self.tr("Tilbakestill dette oppsettet"), self)
        reset.triggered.connect(self.reset_current)
        menu.addAction(reset)
        if self.current in self.actions:
            self.actions[self.current].setChecked(True)

    def key(self, layout: str) -> str:
        """Where ``layout`` is kept for the screen size the window is on now."""
        return layout_key(self.window, f"layouts/{layout}")

    def _docks(self) -> dict:
        return getattr(self.window, "docks", {})

    def save_current(self) -> None:
        if self.current in LAYOUTS:
            self.settings.setValue(self.key(self.current), self.window.saveState())

    def switch(self, key: str) -> None:
        if key not in LAYOUTS:
            raise ValueError(key)
        if key != self.current:
            self.save_current()
        self.current = key
        self.settings.setValue("layouts/current", key)
        state = self.settings.value(self.key(key))
        if self.squeezed():
            self._show_docks(key)
        elif not (isinstance(state, QByteArray) and not state.isEmpty() and self.window.restoreState(state)):
            self.apply_default(key)
        if key in self.actions:
            self.actions[key].setChecked(True)

    def reset_current(self) -> None:
        if self.current in LAYOUTS:
            self.settings.remove(self.key(self.current))
            self.apply_default(self.current)

    def squeezed(self) -> bool:
        """The window is on screen but smaller than its docks' minimum sizes: no ``restoreState`` now."""
        hint, size = self.window.minimumSizeHint(), self.window.size()
        return self.window.isVisible() and (size.width() < hint.width() or size.height() < hint.height())

    def _show_docks(self, key: str) -> None:
        """Only which docks show (a squeezed window): nothing is moved or restored."""
        docks = self._docks()
        hide, show = (TECH_HIDES, self.tech_docks) if key == "tech" else (TECH_ONLY_DOCKS, ("room-board", "inputs"))
        for name in hide:
            if name in docks:
                docks[name].hide()
        for name in show:
            if name in docks:
                docks[name].show()
        self.window.statusBar().showMessage(
            self.tr("Vinduet er for lite til å ordne panelene; gjør det større og velg oppsettet på nytt."), 15000)

    def apply_default(self, key: str) -> None:
        """Tech: the cue list on the right with adapters/stream (tabbed with the cue log) under it, and the
        room board raised at the bottom. Moderator: the window's default layout (``apply_default_layout``:
        room board, input log, timer…) without the tech-only docks."""
        if self.squeezed():
            self._show_docks(key)
            return
        docks = self._docks()
        if key != "tech":
            default_layout = getattr(self.window, "apply_default_layout", None)
            if default_layout is not None:
                default_layout()
            for name in TECH_ONLY_DOCKS:
                if name in docks:
                    docks[name].hide()
            return
        tech = [docks[k] for k in self.tech_docks if k in docks]
        for name in TECH_HIDES:
            if name in docks:
                docks[name].hide()
        for dock in tech:
            dock.setFloating(False)
            dock.show()
        cues, log, adapters, room = (docks.get(k) for k in ("tech-cues", "tech-log", "tech-adapters", "room-board"))
        for dock in (cues, adapters, log):
            if dock is not None:
                self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)  # out of any tab group
        if cues is not None and adapters is not None:
            self.window.splitDockWidget(cues, adapters, Qt.Orientation.Vertical)
        for other in (log, docks.get("platforms")):  # the cue log and Zoom/Teams share the adapters' place
            if adapters is not None and other is not None and other.isVisible():
                self.window.tabifyDockWidget(adapters, other)
        if adapters is not None:
            adapters.raise_()
        if cues is not None and adapters is not None:
            self.window.resizeDocks([cues, adapters], [620, 260], Qt.Orientation.Vertical)
        if room is not None:
            room.show()
            room.raise_()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if obj is self.window and event.type() == QEvent.Type.Close:
            self.save_current()
        return False
