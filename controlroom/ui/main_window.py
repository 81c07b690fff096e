"""The main window: menus and the agenda in the middle; every other panel is a dock that
its area adds through ``add_dock``. The window holds layout only, no area logic."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from controlroom.ui.context import UiContext


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kontrollrom"))
        self.resize(1400, 860)
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

    # -- used by the areas' wiring -------------------------------------------------------------
    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def add_action(
        self, menu: str, text: str, slot, shortcut: str | QKeySequence | None = None, *, context=Qt.WindowShortcut
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
        self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea = Qt.RightDockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self._menus["view"].addAction(dock.toggleViewAction())
        self.docks[key] = dock
        return dock

    def finish_setup(self) -> None:
        """Restore the saved layout once every area has added its docks."""
        state = self.ctx.settings.value("window/state")
        geometry = self.ctx.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ctx.settings.setValue("window/state", self.saveState())
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
