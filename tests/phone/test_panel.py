"""The moderator's input panel with phone inputs (real widgets, offscreen, a real event file): the source
«Mobil», the "+1" count, approving and hiding waiting inputs, and markup shown as text."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from controlroom.inputs.log import InputLog
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.inputs.bridge import InputLogBridge
from controlroom.ui.inputs.model import COLUMNS
from controlroom.ui.inputs.panel import InputPanel

ZONE = ZoneInfo("Europe/Oslo")
TEXT, SOURCE, PLUS = COLUMNS.index("text"), COLUMNS.index("source"), COLUMNS.index("plus")


@pytest.fixture
def panel(qtbot, day):
    uid = day.blocks[15].uid
    log = InputLog(day.store, day.clock, current_block=lambda: uid)
    bridge = InputLogBridge(log)
    p = InputPanel(bridge, ZONE, AgendaRepository(day.store).blocks, lambda: uid)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    p.show()
    yield p
    bridge.close()


def _row(panel, input_id: int) -> int:
    row = panel.model.row_of(input_id)
    assert row is not None
    return row


def test_phone_inputs_show_as_mobil_with_their_plus_count(qtbot, panel, day):
    typed = panel.log.add("Fra salen")
    rec = panel.log.add_from_phone("Frivilligsentralen fra første møte")
    qtbot.waitUntil(lambda: panel.model.row_of(rec.id) is not None)
    row = _row(panel, rec.id)
    assert panel.model.index(row, SOURCE).data() == "Mobil"
    assert panel.model.index(row, PLUS).data() == ""
    people = day.people.codes()
    for p in people[:2]:
        panel.log.plus_one(rec.id, p.participant_id)
    qtbot.waitUntil(lambda: panel.model.index(_row(panel, rec.id), PLUS).data() == "+2")
    qtbot.waitUntil(lambda: "Mobil 1" in panel.counts.text())
    panel.undo()  # the moderator's Ctrl+Z undoes the moderator's own line, never a phone's input
    qtbot.waitUntil(lambda: panel.log.get(typed.id).deleted)
    assert not panel.log.get(rec.id).deleted and not panel.log.can_undo()


def test_waiting_phone_inputs_are_approved_or_hidden_by_the_host(qtbot, panel):
    panel.approval.setChecked(True)
    qtbot.waitUntil(lambda: panel.log.phone_approval())
    waiting = panel.log.add_from_phone("Venter på godkjenning")
    other = panel.log.add_from_phone("Skal skjules")
    assert not waiting.approved
    qtbot.waitUntil(lambda: panel.pending.text() == "2 mobilinnspill venter")
    row = _row(panel, waiting.id)
    assert panel.model.index(row, SOURCE).data() == "Mobil · venter"
    assert panel.model.index(row, TEXT).data(Qt.ItemDataRole.FontRole).italic()
    assert panel.approve_button.isVisible() and panel.hide_button.isVisible()
    panel.view.setCurrentIndex(panel.model.index(row, TEXT))
    panel.approve_button.click()
    qtbot.waitUntil(lambda: panel.log.get(waiting.id).approved)
    qtbot.waitUntil(lambda: panel.model.index(_row(panel, waiting.id), SOURCE).data() == "Mobil")
    panel.view.setCurrentIndex(panel.model.index(_row(panel, other.id), TEXT))
    panel.hide_button.click()
    qtbot.waitUntil(lambda: panel.model.row_of(other.id) is None)
    assert panel.log.get(other.id).deleted
    qtbot.waitUntil(lambda: panel.pending.text() == "")
    assert [r.text for r in panel.log.all() if r.source == "mobil"] == ["Venter på godkjenning"]
    panel.undo()  # the host's approval is on the moderator's undo stack, the hiding too
    qtbot.waitUntil(lambda: not panel.log.get(other.id).deleted)


def test_the_filter_shows_only_waiting_inputs(qtbot, panel):
    panel.log.set_phone_approval(True)
    waiting = panel.log.add_from_phone("Venter")
    panel.log.add("Fra salen")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.filters.more.setChecked(True)
    panel.filters.pending.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.id_at(0) == waiting.id
    assert panel.filters.source.findData("mobil") >= 0 and panel.source.findData("mobil") == -1


def test_markup_from_a_phone_is_text_in_the_moderators_list(qtbot, panel):
    payload = '<b>fet</b><img src="file:///etc/passwd"><script>alert(1)</script> { MERGEFIELD Navn }'
    rec = panel.log.add_from_phone(payload)
    qtbot.waitUntil(lambda: panel.model.row_of(rec.id) is not None)
    index = panel.model.index(_row(panel, rec.id), TEXT)
    assert index.data() == payload  # the view paints the display text as plain text
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "<img" not in tip and "&lt;b&gt;fet&lt;/b&gt;" in tip
