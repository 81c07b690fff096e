"""The event's identity and dates, and a block's new length: the real dialogs and message boxes on a
real event file, undone through the agenda's own undo stack."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from controlroom.agenda.reflow import overlaps
from controlroom.application.event import running_block_title
from controlroom.clock import FakeClock
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.agenda.event_dialog import EventDialog
from controlroom.ui.agenda.model import COL_LENGTH
from ui_agenda.conftest import BLOCKS, DAY1, blocks_in_file


def event_in_file(path):
    store = EventStore.open(path, backup=False)
    try:
        return AgendaRepository(store).event_info()
    finally:
        store.close()


def _row(panel, title):
    for r in range(panel.model.rowCount()):
        b = panel.model.block_at(r)
        if b is not None and b.title == title:
            return r
    raise LookupError(title)


def _click_when_shown(qtbot, object_name: str, button_name: str) -> list[str]:
    """Click ``button_name`` in the modal box ``object_name`` once it is open; returns its texts."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != object_name:
            QTimer.singleShot(10, click)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        box.findChild(type(box.buttons()[0]), button_name).click()

    QTimer.singleShot(0, click)
    return seen


def test_event_dialog_changes_identity_and_moves_the_event_a_day_earlier(qtbot, panel, agenda_file):
    before_blocks = blocks_in_file(agenda_file)
    dialog = EventDialog(panel.service, parent=panel)
    qtbot.addWidget(dialog)
    assert dialog.timezone.currentText() == "Europe/Oslo"
    dialog.title.setText("Generalprøve: nettverkssamling")
    dialog.place.setText("Clarion Hotel Energy, Stavanger")
    dialog.timezone.setCurrentText("Europe/London")
    dialog.earlier.click()
    assert dialog.first_day.date() == QDate(2024, 5, 5)
    assert "Søndag 5. mai 2024" in dialog.days_label.text()
    QTimer.singleShot(0, dialog.buttons.button(dialog.buttons.StandardButton.Save).click)
    assert panel.edit_event(dialog=dialog)

    info = event_in_file(agenda_file)
    assert (info.title, info.place, info.timezone) == (
        "Generalprøve: nettverkssamling", "Clarion Hotel Energy, Stavanger", "Europe/London"
    )
    moved = blocks_in_file(agenda_file)
    assert [(b.uid, b.day, b.start) for b in moved] == [
        (b.uid, b.day - timedelta(days=1), b.start) for b in before_blocks
    ]
    assert panel.model.day_label(moved[0].day) == "Søndag 5. mai 2024"

    panel.undo_stack.undo()
    assert blocks_in_file(agenda_file) == before_blocks
    assert event_in_file(agenda_file).title == "Nettverkssamling 6. mai 2024"
    assert event_in_file(agenda_file).timezone == "Europe/Oslo"
    panel.undo_stack.redo()
    assert blocks_in_file(agenda_file)[0].day == DAY1 - timedelta(days=1)


def test_moving_the_event_is_refused_while_a_block_runs(qtbot, panel, agenda_file, agenda_store, tmp_path):
    clock = FakeClock()
    live = LiveService(agenda_store, clock, blocks=panel.service.blocks())
    live.start()
    panel.service.running_block = lambda: running_block_title(live)
    before = blocks_in_file(agenda_file)
    dialog = EventDialog(panel.service, parent=panel)
    qtbot.addWidget(dialog)
    dialog.first_day.setDate(QDate(2024, 5, 5))
    try:
        dialog.collect()
        raise AssertionError("moving the event while a block runs must be refused")
    except ValueError as exc:
        assert "«Fylkeskommunenes samling» går nå" in str(exc)
    # A title change alone is fine while a block runs: it moves nothing.
    dialog.first_day.setDate(QDate(2024, 5, 6))
    dialog.title.setText("Ny tittel")
    QTimer.singleShot(0, dialog.buttons.button(dialog.buttons.StandardButton.Save).click)
    assert panel.edit_event(dialog=dialog)
    assert blocks_in_file(agenda_file) == before
    assert event_in_file(agenda_file).title == "Ny tittel"


def test_a_bad_zone_or_empty_title_changes_nothing(qtbot, panel, agenda_file):
    dialog = EventDialog(panel.service, parent=panel)
    qtbot.addWidget(dialog)
    dialog.timezone.setCurrentText("Europa/Stavanger")
    try:
        dialog.collect()
        raise AssertionError("an unknown zone must be refused")
    except ValueError as exc:
        assert "«Europa/Stavanger» er ikke en tidssone" in str(exc)
    dialog.timezone.setCurrentText("Europe/Oslo")
    dialog.title.setText("  ")
    try:
        dialog.collect()
        raise AssertionError("an empty title must be refused")
    except ValueError as exc:
        assert str(exc) == "Hendelsen må ha en tittel."
    assert event_in_file(agenda_file).title == "Nettverkssamling 6. mai 2024"


def test_longer_block_shifts_the_later_blocks_of_its_day(qtbot, panel, agenda_file):
    before = blocks_in_file(agenda_file)
    row = _row(panel, "Åpning og velkommen")  # 11:00, 15 min; then 11:15 and 12:00 the same day
    seen = _click_when_shown(qtbot, "LengthChangeQuestion", "length-shift")
    assert panel.model.setData(panel.model.index(row, COL_LENGTH), "30")
    qtbot.waitUntil(lambda: panel.undo_stack.count() == 1)
    assert "«Åpning og velkommen» blir 15 min lengre" in seen[0]
    assert "Beholder du tidene, blir det overlapp" in seen[0]
    after = blocks_in_file(agenda_file)
    assert after[1].minutes == 30
    assert [b.start.strftime("%H:%M") for b in after[2:4]] == ["11:30", "12:15"]
    assert after[4:] == before[4:]  # the next day is not touched
    assert overlaps([b for b in after if b.day == DAY1]) == []
    panel.undo_stack.undo()
    assert blocks_in_file(agenda_file) == before


def test_longer_block_keeping_the_times_overlaps_after_a_warning(qtbot, panel, agenda_file):
    before = blocks_in_file(agenda_file)
    row = _row(panel, "Åpning og velkommen")
    seen = _click_when_shown(qtbot, "LengthChangeQuestion", "length-keep")
    assert panel.model.setData(panel.model.index(row, COL_LENGTH), "30")
    qtbot.waitUntil(lambda: panel.undo_stack.count() == 1)
    assert "«Åpning og velkommen» går 15 min inn i «Strekk i laget: hvor er vi nå?» (kl. 11:15)" in seen[0]
    after = blocks_in_file(agenda_file)
    assert after[1].minutes == 30 and after[2:] == before[2:]
    assert len(overlaps([b for b in after if b.day == DAY1])) == 1


def test_cancelling_the_length_question_changes_nothing(qtbot, panel, agenda_file):
    before = blocks_in_file(agenda_file)
    row = _row(panel, "Åpning og velkommen")
    _click_when_shown(qtbot, "LengthChangeQuestion", "length-cancel")
    panel.model.setData(panel.model.index(row, COL_LENGTH), "30")
    qtbot.wait(50)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert blocks_in_file(agenda_file) == before
    assert panel.undo_stack.count() == 0


def test_overlap_with_a_fixed_block_is_warned_and_can_be_refused(qtbot, panel, agenda_file, agenda_store):
    repo = AgendaRepository(agenda_store)
    lunch = next(b for b in repo.blocks() if b.title == "Lunsj")
    repo.update_block(replace(lunch, fixed_start=True))
    panel.service.refresh()
    before = blocks_in_file(agenda_file)
    row = _row(panel, "Strekk i laget: hvor er vi nå?")  # 11:15–12:00, then the fixed lunch
    answers = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer_no)
            return
        answers.append(box.objectName() + ": " + box.informativeText())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    panel.model.setData(panel.model.index(row, COL_LENGTH), "1t 00m")
    qtbot.waitUntil(lambda: bool(answers))
    assert answers[0].startswith("OverlapWarning: «Strekk i laget: hvor er vi nå?» går 15 min inn i «Lunsj»")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert blocks_in_file(agenda_file) == before
    assert BLOCKS[3].title == "Lunsj"


def test_undoing_a_move_while_a_block_runs_is_refused_and_never_moves_twice(
    qtbot, panel, agenda_file, agenda_store, tmp_path
):
    before = blocks_in_file(agenda_file)
    dialog = EventDialog(panel.service, parent=panel)
    qtbot.addWidget(dialog)
    dialog.earlier.click()
    QTimer.singleShot(0, dialog.buttons.button(dialog.buttons.StandardButton.Save).click)
    assert panel.edit_event(dialog=dialog)
    moved = blocks_in_file(agenda_file)
    clock = FakeClock()
    live = LiveService(agenda_store, clock, blocks=panel.service.blocks())
    live.start()
    panel.service.running_block = lambda: running_block_title(live)
    panel.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(panel.errors))
    assert "går nå" in panel.errors[0]
    assert blocks_in_file(agenda_file) == moved  # nothing changed
    assert panel.undo_stack.count() == 0  # and no redo can move the event a second time
    assert before[0].day - moved[0].day == timedelta(days=1)
