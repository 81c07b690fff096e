"""The main window's API for the other areas, and its first-run layout."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QLabel

from controlroom.app import make_context
from controlroom.clock import FakeClock
from controlroom.ui.main_window import MainWindow
from controlroom.ui.screen_layout import layout_key


def _window(qtbot, store, event_path, settings) -> MainWindow:
    window = MainWindow(make_context(store, FakeClock(), asyncio.new_event_loop(), settings, event_path))
    qtbot.addWidget(window)
    return window


def test_docks_beyond_two_per_area_become_tabs_on_first_run(qtbot, store, event_path, settings):
    window = _window(qtbot, store, event_path, settings)
    docks = [window.add_dock(f"d{i}", f"Dokk {i}", QLabel(str(i))) for i in range(5)]
    left = window.add_dock("left", "Venstre", QLabel("v"), Qt.LeftDockWidgetArea)
    window.finish_setup()
    assert window.tabifiedDockWidgets(docks[0]) == []
    assert set(window.tabifiedDockWidgets(docks[1])) == set(docks[2:])
    assert window.tabifiedDockWidgets(left) == []
    assert [a.text() for a in window.menu("view").actions()][:2] == ["Dokk 0", "Dokk 1"]


def test_saved_layout_is_restored_not_tidied(qtbot, store, event_path, settings):
    window = _window(qtbot, store, event_path, settings)
    docks = [window.add_dock(f"d{i}", f"Dokk {i}", QLabel(str(i))) for i in range(4)]
    window.finish_setup()
    window.addDockWidget(Qt.LeftDockWidgetArea, docks[3])  # the host's own arrangement
    window.close()  # saves the layout
    assert isinstance(settings.value(layout_key(window, "state")), QByteArray)
    again = _window(qtbot, store, event_path, settings)
    docks = [again.add_dock(f"d{i}", f"Dokk {i}", QLabel(str(i))) for i in range(4)]
    again.finish_setup()
    assert again.dockWidgetArea(docks[3]) == Qt.LeftDockWidgetArea
    assert docks[3] not in again.tabifiedDockWidgets(docks[1])


def test_add_action_and_title(qtbot, store, event_path, settings):
    window = _window(qtbot, store, event_path, settings)
    hits = []
    action = window.add_action("tech", "Test", lambda: hits.append(1), "Ctrl+Alt+T")
    action.trigger()
    assert hits == [1] and action in window.menu("tech").actions()
    window.set_event_title("Nettverkssamling", event_path)
    assert window.windowTitle() == "Nettverkssamling — hendelse.krom — Kontrollrom"
    window.set_event_title("", None)
    assert window.windowTitle() == "Kontrollrom"
