"""Single keys act only where the moderator is; keys with a modifier act anywhere in the window.

The real main window with the real agenda panel in the middle (it takes the focus on start, as in
the app), the live panels, the real service on a real event file and a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from controlroom.live import runlog as k
from controlroom.live.runlog import RunLog


def kinds(store) -> list[str]:
    return [a.kind for a in RunLog(store, None).all()]  # type: ignore[arg-type]


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def press(qtbot, key, modifier=Qt.NoModifier) -> None:
    """A key press as the user makes it: to whatever has the focus (the window without one)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, modifier)


@pytest.mark.parametrize("key", [Qt.Key_E, Qt.Key_N, Qt.Key_P, Qt.Key_Space, Qt.Key_B, Qt.Key_Plus, Qt.Key_Minus])
def test_single_keys_do_nothing_while_the_agenda_table_has_focus(
    live_window_with_agenda, qtbot, service, seeded_store, key
):
    window, ui = live_window_with_agenda
    service.start()
    focus(qtbot, window.centralWidget().view)
    press(qtbot, key)
    assert kinds(seeded_store) == [k.START]  # nothing ended, skipped, paused, blacked out or added
    assert service.state().running and service.state().current_index == 0


def test_e_in_the_timer_panel_ends_the_block(live_window_with_agenda, qtbot, service, seeded_store):
    window, ui = live_window_with_agenda
    service.start()
    focus(qtbot, window.centralWidget().view)
    # a click on the panel (here on its face) moves the focus there, even from the agenda table
    qtbot.mouseClick(ui.timer_panel.face, Qt.LeftButton, pos=QPoint(5, 5))
    assert ui.timer_panel.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is ui.timer_panel
    press(qtbot, Qt.Key_E)
    assert kinds(seeded_store) == [k.START, k.END]
    assert service.state().current_index is None


def test_n_in_the_timeline_table_goes_to_the_next_block(live_window_with_agenda, qtbot, service, seeded_store):
    window, ui = live_window_with_agenda
    service.start()
    focus(qtbot, ui.timeline_panel.view)
    press(qtbot, Qt.Key_N)
    assert service.state().current_index == 1


@pytest.mark.parametrize(
    ("key", "modifier", "kind", "payload"),
    [
        (Qt.Key_E, Qt.ControlModifier | Qt.AltModifier, k.END, {}),
        (Qt.Key_Right, Qt.AltModifier, k.START, {"via": "next"}),
        (Qt.Key_Left, Qt.AltModifier, k.START, {"via": "previous"}),
        (Qt.Key_F6, Qt.NoModifier, k.PAUSE, {}),
        (Qt.Key_B, Qt.ControlModifier | Qt.AltModifier, k.BLACKOUT, {"on": True}),
        (Qt.Key_Plus, Qt.ControlModifier, k.ADD_TIME, {"seconds": 300.0}),
    ],
)
def test_modifier_shortcuts_work_from_the_agenda_table(
    live_window_with_agenda, qtbot, service, seeded_store, clock, key, modifier, kind, payload
):
    window, ui = live_window_with_agenda
    service.goto(1)
    clock.advance(60)
    focus(qtbot, window.centralWidget().view)
    before = len(kinds(seeded_store))
    press(qtbot, key, modifier)
    actions = RunLog(seeded_store, clock).all()
    assert len(actions) == before + 1
    assert (actions[-1].kind, actions[-1].payload) == (kind, payload)
    assert QApplication.focusWidget() is window.centralWidget().view  # and the focus stays put


def test_f5_starts_from_the_agenda_table(live_window_with_agenda, qtbot, service):
    window, ui = live_window_with_agenda
    focus(qtbot, window.centralWidget().view)
    press(qtbot, Qt.Key_F5)
    assert service.state().running


def test_single_keys_work_when_nothing_has_focus(live_window_with_agenda, qtbot, service, seeded_store):
    window, ui = live_window_with_agenda
    service.start()
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    assert QApplication.focusWidget() is None
    qtbot.keyClick(window, Qt.Key_Space)  # with no focus widget the key goes to the window itself
    assert service.state().paused
    qtbot.keyClick(window, Qt.Key_E)
    assert kinds(seeded_store) == [k.START, k.PAUSE, k.END]


def test_single_keys_work_in_the_stage_and_public_windows(live_window, qtbot, service):
    window, ui = live_window
    service.start()
    for view, expected in ((ui.stage, 1), (ui.public, 2)):
        view.show()
        view.activateWindow()
        qtbot.waitUntil(lambda v=view: QApplication.activeWindow() is v)
        qtbot.keyClick(view, Qt.Key_N)
        assert service.state().current_index == expected
        view.close()
