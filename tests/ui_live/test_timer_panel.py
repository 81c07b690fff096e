"""The timer panel and the live shortcuts on the real main window, real service, real event file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from controlroom.live import runlog as k
from controlroom.live.runlog import RunLog
from controlroom.ui.live.timefmt import PANEL_COLOURS


def kinds(store) -> list[str]:
    return [a.kind for a in RunLog(store, None).all()]  # type: ignore[arg-type]


def test_countdown_text_and_colour_per_phase(live_window, service, clock):
    window, ui = live_window
    panel = ui.timer_panel
    assert panel.countdown.text() == "--:--" and panel.countdown_phase == "idle"
    service.start()
    assert panel.countdown.text() == "2:00:00"
    assert panel.title.text() == "Fylkeskommunenes samling"
    assert panel.next_label.text() == "Neste: Åpning og velkommen"
    expected = [
        (timedelta(minutes=116, seconds=30), "03:30", "warning"),
        (timedelta(minutes=3, seconds=5), "00:25", "danger"),
        (timedelta(seconds=98), "+01:13", "overtime"),
    ]
    for step, text, phase in expected:
        clock.advance(step.total_seconds())
        panel.repaint_time()  # what the second ticker does on its fire
        assert panel.countdown.text() == text
        assert panel.countdown_phase == phase
        assert PANEL_COLOURS[phase] in panel.countdown.styleSheet()
    service.pause()
    assert panel.countdown_phase == "paused"
    assert panel.countdown.text() == "+01:13"
    clock.advance(600)
    panel.repaint_time()
    assert panel.countdown.text() == "+01:13"  # a paused timer stands still


@pytest.mark.parametrize(
    ("key", "modifier", "kind", "payload"),
    [
        (Qt.Key_Plus, Qt.NoModifier, k.ADD_TIME, {"seconds": 60.0}),
        (Qt.Key_Minus, Qt.NoModifier, k.ADD_TIME, {"seconds": -60.0}),
        (Qt.Key_Plus, Qt.ShiftModifier, k.ADD_TIME, {"seconds": 300.0}),
        (Qt.Key_Minus, Qt.ControlModifier, k.ADD_TIME, {"seconds": -300.0}),
        (Qt.Key_N, Qt.NoModifier, k.START, {"via": "next"}),
        (Qt.Key_Right, Qt.AltModifier, k.START, {"via": "next"}),
        (Qt.Key_E, Qt.NoModifier, k.END, {}),
        (Qt.Key_Space, Qt.NoModifier, k.PAUSE, {}),
        (Qt.Key_B, Qt.NoModifier, k.BLACKOUT, {"on": True}),
        (Qt.Key_A, Qt.NoModifier, k.AUTO_FOLLOW, {"on": True}),
    ],
)
def test_shortcuts_trigger_actions_that_land_in_the_run_log(
    live_window, qtbot, service, seeded_store, clock, key, modifier, kind, payload
):
    window, ui = live_window
    service.start()
    clock.advance(60)
    before = len(RunLog(seeded_store, clock).all())
    qtbot.keyClick(window, key, modifier)
    actions = RunLog(seeded_store, clock).all()
    assert len(actions) == before + 1
    assert actions[-1].kind == kind
    assert actions[-1].payload == payload


def test_space_starts_pauses_and_resumes(live_window, qtbot, service, seeded_store, clock):
    window, ui = live_window
    qtbot.keyClick(window, Qt.Key_Space)
    assert service.state().running
    assert ui.controls.actions["toggle"].text() == "Pause"
    qtbot.keyClick(window, Qt.Key_Space)
    assert service.state().paused
    assert ui.controls.actions["toggle"].text() == "Fortsett"
    qtbot.keyClick(window, Qt.Key_Space)
    assert kinds(seeded_store) == [k.START, k.PAUSE, k.RESUME]


def test_live_undo_is_ctrl_alt_z_and_leaves_ctrl_z_to_the_agenda(live_window, qtbot, service, seeded_store):
    window, ui = live_window
    service.start()
    qtbot.keyClick(window, Qt.Key_Plus)
    assert service.state().duration_seconds == 7260
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # not ours: nothing happens to the timer
    assert service.state().duration_seconds == 7260
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.AltModifier)
    assert service.state().duration_seconds == 7200
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.AltModifier | Qt.ShiftModifier)
    assert service.state().duration_seconds == 7260
    assert kinds(seeded_store)[-2:] == [k.UNDO, k.REDO]


def test_typing_a_message_does_not_fire_single_key_shortcuts(live_window, qtbot, service, seeded_store):
    window, ui = live_window
    service.start()
    qtbot.keyClick(window, Qt.Key_M)  # M focuses the message field
    edit = ui.timer_panel.message_edit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "Ta spørsmål nå + snart")
    qtbot.keyClick(edit, Qt.Key_Return)
    assert service.state().message == "Ta spørsmål nå + snart"
    assert kinds(seeded_store) == [k.START, k.MESSAGE]  # no N/P/+/space fired while typing
    assert "Ta spørsmål nå" in ui.timer_panel.message_shown.text()


def test_quick_message_and_clear(live_window, qtbot, service):
    window, ui = live_window
    quick = ui.timer_panel.quick
    quick.activated.emit(quick.findText("Avrund nå"))
    assert service.state().message == "Avrund nå"
    qtbot.mouseClick(window.findChild(QPushButton, "live-message-clear"), Qt.LeftButton)
    assert service.state().message is None


def test_refused_action_shows_the_message_and_changes_nothing(
    live_window, qtbot, service, seeded_store, clock
):
    window, ui = live_window
    service.goto(service.block_count() - 1)  # the last block
    before = RunLog(seeded_store, clock).all()
    state_before = service.state()
    qtbot.keyClick(window, Qt.Key_N)  # next past the last block
    assert RunLog(seeded_store, clock).all() == before
    assert service.state().current_index == state_before.current_index
    notice = ui.timer_panel.notice
    assert not notice.isHidden()
    assert "siste bolk" in notice.text()
    assert "siste bolk" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key_Minus, Qt.ShiftModifier)  # −5 min on a 120 min block is fine
    qtbot.keyClick(window, Qt.Key_Minus, Qt.ShiftModifier)
    ui.bridge.perform("add_time", -200 * 60)  # would make it negative: refused
    assert "0 minutter" in notice.text() or "mer enn 0" in notice.text()


def test_help_dialog_lists_every_shortcut(live_window):
    window, ui = live_window
    dialog = ui.show_shortcuts()
    rows = {text: (single, anywhere) for text, single, anywhere in dialog.rows()}
    assert rows["Angre direkte"] == ("", "Ctrl+Alt+Z")
    assert rows["Avslutt bolk"] == ("E", "Ctrl+Alt+E")
    assert rows["Neste"][0] == "N" and rows["Neste"][1].startswith("Alt+")
    assert rows["Blackout"] == ("B", "Ctrl+Alt+B")
    assert all(single or anywhere for single, anywhere in rows.values())
    assert len(rows) >= 17
    dialog.close()
