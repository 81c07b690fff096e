"""The moderator's keys never get trapped in a text field.

The real main window with the real agenda panel, the live panels, the real service on a real event
file and a fake clock; keys are pressed as a user presses them (to the focus widget, through Qt's
shortcut handling)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from controlroom.live import runlog as k
from controlroom.live.runlog import RunLog
from controlroom.ui.agenda.model import COL_TITLE


def actions(store) -> list[tuple[str, dict]]:
    return [(a.kind, a.payload) for a in RunLog(store, None).all()]  # type: ignore[arg-type]


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def press(qtbot, key, modifier=Qt.NoModifier, text: str | None = None) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    if text is not None:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, key, modifier)


def timer_has_focus(ui) -> bool:
    return QApplication.focusWidget() is ui.timer_panel


def test_focus_returns_to_the_timer_after_a_message(live_window, qtbot, service, seeded_store):
    window, ui = live_window
    service.start()
    press(qtbot, Qt.Key_M)  # M: write a message
    assert QApplication.focusWidget() is ui.timer_panel.message_edit
    press(qtbot, None, text="Avrund nå")
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: timer_has_focus(ui))
    assert actions(seeded_store)[-1] == (k.MESSAGE, {"text": "Avrund nå"})
    press(qtbot, Qt.Key_Plus)  # the very next key acts on the timer
    assert actions(seeded_store)[-1] == (k.ADD_TIME, {"seconds": 60.0})


def test_focus_returns_to_the_timer_after_a_quick_message(live_window, qtbot, service, seeded_store):
    window, ui = live_window
    service.start()
    quick = ui.timer_panel.quick
    focus(qtbot, quick)
    quick.activated.emit(2)  # "Avrund nå", as chosen from the list
    qtbot.waitUntil(lambda: timer_has_focus(ui))
    assert actions(seeded_store)[-1] == (k.MESSAGE, {"text": "Avrund nå"})


def test_esc_from_the_input_field_returns_to_the_timer(live_window, qtbot, service):
    window, ui = live_window
    from controlroom.ui.wiring import inputs as inputs_wiring

    inputs_wiring.wire(window.ctx, window)
    entry = window.findChild(type(ui.timer_panel.message_edit), "input-entry")
    focus(qtbot, entry)
    press(qtbot, None, text="Husk Teams")
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: timer_has_focus(ui))
    assert entry.text() == "Husk Teams"  # nothing typed is lost


def test_esc_from_the_message_field_returns_to_the_timer(live_window, qtbot, service):
    window, ui = live_window
    focus(qtbot, ui.timer_panel.message_edit)
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: timer_has_focus(ui))


def test_esc_from_the_agenda_editor_reverts_the_cell_and_returns_to_the_timer(
    live_window_with_agenda, qtbot, service
):
    window, ui = live_window_with_agenda
    view = window.centralWidget().view
    model = view.model()
    index = model.index(1, COL_TITLE)
    before = model.data(index, Qt.EditRole)
    focus(qtbot, view)
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view and view.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, None, text="Ny tittel")
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: timer_has_focus(ui))
    assert model.data(index, Qt.EditRole) == before  # Esc threw the edit away, as in any table


def test_esc_in_a_dialog_stays_with_the_dialog(live_window, qtbot):
    window, ui = live_window
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.findChild(type(ui.timer_panel.message_edit))
    focus(qtbot, field)
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # Esc closed the dialog, as always


def test_plus_and_minus_in_the_message_field_neither_extend_nor_send(live_window, qtbot, service, seeded_store):
    window, ui = live_window
    service.start()
    focus(qtbot, ui.timer_panel.message_edit)
    for key in (Qt.Key_Plus, Qt.Key_Minus, Qt.Key_Plus):
        press(qtbot, key)
    press(qtbot, Qt.Key_Return)  # the moderator meant +1 min, −1 min, +1 min
    assert actions(seeded_store) == [(k.START, {"via": "start"})]  # no time changed, no message sent
    assert ui.timer_panel.message_edit.text() == ""
    assert "ble ikke sendt" in ui.timer_panel.notice.text()
    qtbot.waitUntil(lambda: timer_has_focus(ui))
    press(qtbot, Qt.Key_Plus)  # and now it does what the moderator wanted
    assert actions(seeded_store)[-1] == (k.ADD_TIME, {"seconds": 60.0})


def test_plus_in_the_input_field_is_text(live_window, qtbot, service, seeded_store):
    window, ui = live_window
    from controlroom.ui.wiring import inputs as inputs_wiring

    inputs_wiring.wire(window.ctx, window)
    service.start()
    entry = window.findChild(type(ui.timer_panel.message_edit), "input-entry")
    focus(qtbot, entry)
    press(qtbot, None, text="+ flere møteplasser")
    assert entry.text() == "+ flere møteplasser"
    assert actions(seeded_store) == [(k.START, {"via": "start"})]


def test_a_message_with_a_lifetime_and_the_block_change_setting_from_the_panel(
    live_window, qtbot, service, seeded_store, clock
):
    window, ui = live_window
    panel = ui.timer_panel
    service.start()
    panel.lifetime.setCurrentIndex(panel.lifetime.findData(30))
    focus(qtbot, panel.message_edit)
    press(qtbot, None, text="Mikrofonen")
    press(qtbot, Qt.Key_Return)
    assert actions(seeded_store)[-1] == (k.MESSAGE, {"text": "Mikrofonen", "seconds": 30.0})
    assert "Mikrofonen" in panel.message_shown.text()
    clock.advance(seconds=31)
    ui.bridge.sync()  # the panels' periodic sync (or the expiry timer) re-folds at the lifetime's end
    assert panel.message_shown.text() == "" and ui.bridge.state.message is None

    setting = ui.controls.actions["clear_on_block"]  # Direkte → Fjern meldingen ved ny bolk
    assert setting.isChecked()  # on by default
    setting.trigger()
    assert not setting.isChecked()
    assert actions(seeded_store)[-1] == (k.MESSAGE_SETTINGS, {"clear_on_block_change": False})
    assert not ui.bridge.state.clear_message_on_block_change
