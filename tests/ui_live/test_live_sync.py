"""Dialog-driven actions, other processes' actions, auto-follow and the stage message flash."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from controlroom.live import runlog as k
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.ui.live.stage import MESSAGE_FLASH_SECONDS
from tests.integration.test_shortcuts import bindings, conflicts


def test_custom_time_dialog_adds_minutes(live_window, qtbot, service, seeded_store, loop):
    window, ui = live_window
    service.start()

    def answer():
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()
        )
        dialog.setDoubleValue(-2.5)
        dialog.accept()

    QTimer.singleShot(50, answer)
    qtbot.keyClick(window, Qt.Key_T)
    loop.run_until_complete(ui.controls.tasks.settled())  # the dialog is awaited, not a nested exec()
    last = RunLog(seeded_store, None).all()[-1]  # type: ignore[arg-type]
    assert (last.kind, last.payload) == (k.ADD_TIME, {"seconds": -150.0})
    assert service.state().duration_seconds == 7200 - 150


def test_f5_starts_and_no_two_actions_share_a_key(live_window, qtbot, service):
    window, ui = live_window
    qtbot.keyClick(window, Qt.Key_F5)
    assert service.state().running
    # the same key may be on a panel's single-key action in two sibling panels (never both live);
    # what counts is that Qt never finds two live at once (see tests/integration/test_shortcuts.py)
    assert conflicts(window) == []
    keys = {b.key for b in bindings(window)}
    assert {"F6", "Space", "N", "Alt+Right", "Ctrl+Alt+E", "Ctrl+Alt+X"} <= keys  # F5 is off while running
    assert "Ctrl+Z" not in keys  # the agenda's undo stays free


def test_actions_from_another_process_show_up(live_window, seeded_store, clock, service):
    window, ui = live_window
    other = LiveService(seeded_store, clock, "tech-host")  # e.g. the tech host's laptop or the API
    other.start()
    other.message("Ta spørsmål nå")
    # what the change feed runs when the store announces the other's commits
    service.apply_actions(service.log.since(service.last_action_id()))
    assert ui.timer_panel.title.text() == "Fylkeskommunenes samling"
    assert "Ta spørsmål nå" in ui.timer_panel.message_shown.text()
    assert ui.timeline_panel.model.data(ui.timeline_panel.model.index(0, 0)) == "Pågår"


def test_auto_follow_is_picked_up_when_the_clock_reaches_a_block(live_window, qtbot, service, clock):
    window, ui = live_window
    qtbot.keyClick(window, Qt.Key_A)
    assert ui.controls.actions["auto_follow"].isChecked()
    assert ui.timer_panel.countdown.text() == "--:--"  # 08:55: nothing planned yet
    clock.advance(minutes=10)  # 09:05: inside the first block
    ui.bridge.sync()
    assert ui.bridge.state.following_clock
    assert ui.timer_panel.countdown.text() == "1:55:00"
    assert "følger klokka" in ui.timer_panel.phase_label.text()


def test_overtime_refolds_so_the_timeline_moves(live_window, service, clock):
    window, ui = live_window
    service.start()
    clock.advance(minutes=130)  # ten minutes over
    ui.bridge.sync()
    nxt = ui.bridge.state.next
    assert nxt is not None
    assert nxt.projected_start >= clock.now() - timedelta(seconds=1)
    assert ui.timeline_panel.offset_label.text() == "5 min bak skjema"  # ends now, 5 min after plan


def test_stage_message_flashes_briefly_then_stays(live_window, qtbot, service, clock):
    window, ui = live_window
    stage = ui.stage
    stage.show()
    qtbot.waitExposed(stage)
    service.message("Avrund nå")
    assert stage.message_flashing()
    assert ui.ticker.active  # the flash needs the ticker even with nothing running
    clock.advance(MESSAGE_FLASH_SECONDS + 1)
    stage._tick()
    assert not stage.message_flashing()
    assert not ui.ticker.active  # nothing runs, nothing flashes: the ticker sleeps again
    stage.close()


def test_closing_the_main_window_closes_the_stage_and_public_windows(live_window, qtbot):
    window, ui = live_window
    ui.toggle_stage()
    ui.toggle_public()
    assert ui.stage.isVisible() and ui.public.isVisible()
    window.close()
    assert not ui.stage.isVisible() and not ui.public.isVisible()
