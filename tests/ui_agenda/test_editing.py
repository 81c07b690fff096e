"""Editing the agenda with undo/redo: every change is in the file at once, undo restores it exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from controlroom.ui.agenda.dialog import BlockDialog
from controlroom.ui.agenda.model import COL_LENGTH, COL_START, COL_STREAMED, COL_TITLE, MIME_TYPE
from ui_agenda.conftest import BLOCKS, blocks_in_file


def _row(panel, title):
    for r in range(panel.model.rowCount()):
        b = panel.model.block_at(r)
        if b is not None and b.title == title:
            return r
    raise LookupError(title)


def test_edit_in_place_is_saved_and_undone(panel, agenda_file):
    before = blocks_in_file(agenda_file)
    row = _row(panel, "Lunsj")
    assert panel.model.setData(panel.model.index(row, COL_TITLE), "Lunsj i kantina")
    assert panel.model.setData(panel.model.index(row, COL_START), "12.05")
    assert panel.model.setData(panel.model.index(row, COL_LENGTH), "1t 00m")
    assert panel.model.setData(panel.model.index(row, COL_STREAMED), True)
    saved = blocks_in_file(agenda_file)[3]
    assert (saved.title, saved.start, saved.minutes, saved.streamed) == ("Lunsj i kantina", time(12, 5), 60, True)
    assert panel.model.index(row, COL_START).data() == "12:05"
    for _ in range(4):
        panel.undo_stack.undo()
    assert blocks_in_file(agenda_file) == before
    for _ in range(4):
        panel.undo_stack.redo()
    assert blocks_in_file(agenda_file)[3] == saved


def test_bad_values_are_refused_with_a_message(qtbot, panel, agenda_file):
    before = blocks_in_file(agenda_file)
    row = _row(panel, "Lunsj")
    assert not panel.model.setData(panel.model.index(row, COL_START), "25:00")
    qtbot.waitUntil(lambda: bool(panel.errors))
    assert panel.errors == ["«25:00»: timen må være mellom 00 og 23."]
    assert not panel.model.setData(panel.model.index(row, COL_LENGTH), "2h 70m")
    assert not panel.model.setData(panel.model.index(row, COL_TITLE), "   ")
    qtbot.waitUntil(lambda: len(panel.errors) == 3)
    assert "minuttene" in panel.errors[1] and "Tittelen kan ikke være tom" in panel.errors[2]
    assert blocks_in_file(agenda_file) == before
    assert panel.undo_stack.count() == 0


def test_typing_into_the_table(qtbot, panel, agenda_file):
    panel.show()
    row = _row(panel, "Avrunding")
    panel.view.setCurrentIndex(panel.model.index(row, COL_TITLE))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key_F2)
    editor = panel.view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Avrunding"
    editor.selectAll()
    qtbot.keyClicks(editor, "Avrunding og evaluering")
    # Moving to another cell commits the editor (as Tab or a click does).
    panel.view.setCurrentIndex(panel.model.index(row, COL_START))
    assert blocks_in_file(agenda_file)[-1].title == "Avrunding og evaluering"
    # The streamed column edits through a combo box.
    panel.view.setCurrentIndex(panel.model.index(row, COL_STREAMED))
    qtbot.keyClick(panel.view, Qt.Key_F2)
    combo = panel.view.findChild(QComboBox)
    assert isinstance(combo, QComboBox) and combo.count() == 3
    combo.setCurrentIndex(combo.findData(True))
    panel.view.setCurrentIndex(panel.model.index(row, COL_TITLE))
    assert blocks_in_file(agenda_file)[-1].streamed is True


def test_delete_and_undo_restore_uid_and_position(panel, agenda_file):
    before = blocks_in_file(agenda_file)
    panel.view.selectRow(_row(panel, "Åpning og velkommen"))
    panel.actions_by_key["delete"].trigger()
    after = blocks_in_file(agenda_file)
    assert [b.title for b in after] == [b.title for b in BLOCKS if b.title != "Åpning og velkommen"]
    assert panel.selected_block().title == "Strekk i laget: hvor er vi nå?"
    panel.actions_by_key["undo"].trigger()
    assert blocks_in_file(agenda_file) == before
    panel.actions_by_key["redo"].trigger()
    assert blocks_in_file(agenda_file) == after


def test_reorder_with_keys_and_undo(qtbot, panel, agenda_file):
    before = blocks_in_file(agenda_file)
    acts = panel.actions_by_key
    assert QKeySequence("Alt+Down") in acts["down"].shortcuts() and QKeySequence("Alt+Up") in acts["up"].shortcuts()
    assert QKeySequence("Ctrl+Y") in acts["redo"].shortcuts() and QKeySequence("Ctrl+Shift+Z") in acts["redo"].shortcuts()
    assert acts["undo"].shortcut() == QKeySequence("Ctrl+Z")
    panel.view.selectRow(_row(panel, "Åpning og velkommen"))
    acts["down"].trigger()
    titles = [b.title for b in blocks_in_file(agenda_file)]
    assert titles[1:3] == ["Strekk i laget: hvor er vi nå?", "Åpning og velkommen"]
    assert panel.selected_block().title == "Åpning og velkommen"
    acts["up"].trigger()
    acts["up"].trigger()
    assert blocks_in_file(agenda_file)[0].title == "Åpning og velkommen"
    # At the top of its day: refused, nothing changes.
    acts["up"].trigger()
    qtbot.waitUntil(lambda: bool(panel.errors))
    assert "først eller sist" in panel.errors[0]
    assert panel.undo_stack.count() == 3
    for _ in range(3):
        acts["undo"].trigger()
    assert blocks_in_file(agenda_file) == before
    acts["redo"].trigger()
    assert [b.title for b in blocks_in_file(agenda_file)][1:3] == titles[1:3]


def test_drag_and_drop_reorders_within_the_day(panel, agenda_file):
    before = blocks_in_file(agenda_file)
    lunch_row = _row(panel, "Lunsj")
    data = panel.model.mimeData([panel.model.index(lunch_row, 0)])
    assert data.hasFormat(MIME_TYPE)
    # Drop before "Åpning og velkommen" (row 2).
    panel.model.dropMimeData(data, Qt.MoveAction, 2, 0, panel.model.index(-1, -1))
    assert [b.title for b in blocks_in_file(agenda_file)][:4] == [
        "Fylkeskommunenes samling", "Lunsj", "Åpning og velkommen", "Strekk i laget: hvor er vi nå?",
    ]
    # Onto another day: refused.
    data = panel.model.mimeData([panel.model.index(_row(panel, "Lunsj"), 0)])
    panel.model.dropMimeData(data, Qt.MoveAction, _row(panel, "Pause") + 1, 0, panel.model.index(-1, -1))
    assert "sin egen dag" in panel.last_error
    panel.undo_stack.undo()
    assert blocks_in_file(agenda_file) == before
    assert not panel.model.dropMimeData(QMimeData(), Qt.MoveAction, 1, 0, panel.model.index(-1, -1))


def test_dialog_edits_every_field(qtbot, panel, agenda_file):
    before = blocks_in_file(agenda_file)
    panel.view.selectRow(_row(panel, "Lunsj"))
    block = panel.selected_block()
    dialog = BlockDialog(block, list(panel.service.categories()), parent=panel)
    dialog.start.setText("12:10")
    dialog.length.setText("50")
    dialog.title.setText("Lunsj og mingling")
    dialog.description.setPlainText("I restauranten i første etasje.")
    dialog.category.setCurrentIndex(dialog.category.findData("Workshop"))
    dialog.assigned.setPlainText("Kari Nordmann\nOla Nordmann\n")
    dialog.notes.setPlainText("Ikke strøm, vis pausebilde.")
    dialog.streamed.setCurrentIndex(dialog.streamed.findData(False))
    dialog.location.setCurrentIndex(dialog.location.findData("onsite"))
    dialog.fixed.setChecked(True)
    dialog.warn.setValue(5)
    dialog.danger.setValue(1)
    QTimer.singleShot(0, dialog.accept)
    result = panel.edit_selected(dialog=dialog)
    assert result is not None
    saved = blocks_in_file(agenda_file)[3]
    assert saved == replace(
        before[3], start=time(12, 10), minutes=50, title="Lunsj og mingling",
        description="I restauranten i første etasje.", category="Workshop",
        assigned=["Kari Nordmann", "Ola Nordmann"], notes="Ikke strøm, vis pausebilde.", streamed=False,
        location="onsite", fixed_start=True, warn_seconds=300, danger_seconds=60,
    )
    panel.undo_stack.undo()
    assert blocks_in_file(agenda_file) == before


def test_dialog_refuses_bad_values(qtbot, panel):
    block = panel.service.blocks()[0]
    dialog = BlockDialog(block, [], parent=panel)
    dialog.start.setText("9:75")
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().close())
    dialog.accept()
    assert "minuttene må være mellom 00 og 59" in dialog.last_error
    assert dialog.result_block() is None
    dialog.start.setText("09:00")
    dialog.warn.setValue(2)
    dialog.danger.setValue(3)
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().close())
    dialog.accept()
    assert "Rødt varsel" in dialog.last_error


def test_add_block_after_the_selection_and_undo(qtbot, panel, agenda_file):
    before = blocks_in_file(agenda_file)
    panel.view.selectRow(_row(panel, "Åpning og velkommen"))
    template = panel._new_block_template(panel.selected_block())
    assert (template.day, template.start) == (date(2024, 5, 6), time(11, 15))
    dialog = BlockDialog(template, list(panel.service.categories()), new=True, parent=panel)
    dialog.title.setText("Praktisk informasjon")
    dialog.length.setText("5m")
    QTimer.singleShot(0, dialog.accept)
    added = panel.add_block(dialog=dialog)
    after = blocks_in_file(agenda_file)
    assert [b.title for b in after][1:3] == ["Åpning og velkommen", "Praktisk informasjon"]
    assert after[2].uid == added.uid and after[2].minutes == 5
    assert panel.selected_block().uid == added.uid
    panel.undo_stack.undo()
    assert blocks_in_file(agenda_file) == before
    panel.undo_stack.redo()
    assert blocks_in_file(agenda_file) == after
