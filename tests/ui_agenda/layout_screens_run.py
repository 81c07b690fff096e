"""Run by ``test_layout_per_screen.py`` under an offscreen platform with two screens of different sizes:
arranges a dock differently on each screen, closes, reopens, and prints where the dock came back."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from controlroom.app import make_context
from controlroom.clock import FakeClock
from controlroom.models import EventStore
from controlroom.ui.context import UiContext
from controlroom.ui.main_window import MainWindow

AREAS = {Qt.LeftDockWidgetArea: "left", Qt.RightDockWidgetArea: "right", Qt.BottomDockWidgetArea: "bottom",
         Qt.TopDockWidgetArea: "top"}


def screen_named(name: str):
    # Looked up every time: the offscreen platform may replace its screens once windows exist.
    return next(s for s in QApplication.screens() if s.name() == name)


def build(ctx: UiContext, name: str) -> tuple[MainWindow, object]:
    screen = screen_named(name)
    window = MainWindow(ctx)
    window.setScreen(screen)
    window.move(screen.geometry().topLeft())
    docks = [window.add_dock(f"d{i}", f"Dokk {i}", QLabel(str(i))) for i in range(3)]
    window.finish_setup()
    return window, docks[2]


def main(folder: str) -> None:
    QApplication(sys.argv[:1])
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.IniFormat)
    store = EventStore.open(Path(folder) / "hendelse.krom", create=True)
    loop = asyncio.new_event_loop()
    ctx = make_context(store, FakeClock(), loop, settings, None)
    result = {}
    for screen, area in (("laptop", Qt.LeftDockWidgetArea), ("desk", Qt.BottomDockWidgetArea)):
        window, dock = build(ctx, screen)
        window.addDockWidget(area, dock)  # the host's own arrangement on this screen
        window.close()
    for name in ("laptop", "desk"):
        window, dock = build(ctx, name)
        result[name] = AREAS.get(window.dockWidgetArea(dock), "other")
        window.close()
    settings.sync()
    result["keys"] = sorted(settings.allKeys())
    store.close()
    loop.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
