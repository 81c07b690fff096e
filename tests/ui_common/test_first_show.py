"""``when_first_shown``: work for a panel runs when it first comes on screen, including a dock behind
another dock's tab, which Qt keeps "visible" off the window until its tab is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from controlroom.ui.first_show import when_first_shown


def _window(qtbot) -> tuple[QMainWindow, QDockWidget, QDockWidget]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("midt"))
    front, behind = QDockWidget("Foran", window), QDockWidget("Bak", window)
    front.setObjectName("front")
    behind.setObjectName("behind")
    front.setWidget(QLabel("foran"))
    behind.setWidget(QLabel("bak"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, front)
    window.tabifyDockWidget(front, behind)
    front.raise_()
    return window, front, behind


def test_a_panel_behind_a_tab_waits_until_its_tab_is_chosen(qtbot):
    window, front, behind = _window(qtbot)
    calls: list[str] = []
    when_first_shown(front.widget(), lambda: calls.append("foran"))
    when_first_shown(behind.widget(), lambda: calls.append("bak"))
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: calls == ["foran"])
    qtbot.wait(100)
    assert calls == ["foran"]  # the panel behind the tab was not asked for
    behind.raise_()
    qtbot.waitUntil(lambda: calls == ["foran", "bak"])
    front.raise_()
    behind.raise_()
    qtbot.wait(50)
    assert calls == ["foran", "bak"]  # once each


def test_a_panel_already_on_screen_runs_at_once(qtbot):
    window, front, _behind = _window(qtbot)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    calls: list[int] = []
    when_first_shown(front.widget(), lambda: calls.append(1))
    assert calls == [1]


def test_a_widget_in_no_dock_runs_when_its_window_opens(qtbot):
    label = QLabel("alene")
    qtbot.addWidget(label)
    calls: list[int] = []
    when_first_shown(label, lambda: calls.append(1))
    assert calls == []
    label.show()
    qtbot.waitUntil(lambda: calls == [1])


def test_a_panel_behind_a_tab_is_built_once_when_its_tab_is_chosen_however_often_it_was_asked(qtbot):
    """``BuildWhileOnScreen``: the room board and the screens' links rebuild only while on screen."""
    from controlroom.ui.first_show import BuildWhileOnScreen

    window, front, behind = _window(qtbot)
    built: list[str] = []
    front_build = BuildWhileOnScreen(front.widget(), lambda: built.append("foran"))
    behind_build = BuildWhileOnScreen(behind.widget(), lambda: built.append("bak"))
    front_build.request()
    behind_build.request()
    assert built == []  # the window is not open yet: both wait
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: built == ["foran"])
    for _ in range(3):
        behind_build.request()  # changes while behind its tab: nothing built
    qtbot.wait(50)
    assert built == ["foran"] and behind_build.stale
    behind.raise_()
    qtbot.waitUntil(lambda: built == ["foran", "bak"])
    qtbot.wait(50)
    assert built == ["foran", "bak"] and not behind_build.stale  # one build for the three requests
    behind_build.request()  # on screen: at once
    assert built == ["foran", "bak", "bak"]
    front.raise_()
    qtbot.wait(50)
    assert built == ["foran", "bak", "bak"]  # nothing was asked of the front panel meanwhile


def test_a_panel_asked_before_it_was_put_in_a_dock_behind_a_tab_is_built_when_its_tab_is_chosen(qtbot):
    """The room board asks for its cards in its constructor, before the wiring puts it in its dock."""
    from PySide6.QtWidgets import QWidget

    from controlroom.ui.first_show import BuildWhileOnScreen

    window, front, behind = _window(qtbot)
    panel = QWidget()
    built: list[int] = []
    cards = BuildWhileOnScreen(panel, lambda: built.append(1))
    cards.request()  # no window, no dock yet
    behind.setWidget(panel)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert built == [] and cards.stale  # behind its tab: still waiting
    behind.raise_()
    qtbot.waitUntil(lambda: built == [1])
