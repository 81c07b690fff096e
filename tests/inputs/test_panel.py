"""The input panel with real widgets (pytest-qt, offscreen) over a real event file."""

from __future__ import annotations

import asyncio
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from controlroom.app import make_context
from controlroom.clock import SystemClock
from controlroom.inputs.log import InputLog
from controlroom.inputs.sample import fill_inputs
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.inputs.bridge import InputLogBridge
from controlroom.ui.inputs.dialogs import HistoryDialog, InputEditDialog
from controlroom.ui.inputs.panel import InputPanel
from controlroom.ui.main_window import MainWindow

ZONE = ZoneInfo("Europe/Oslo")


@pytest.fixture
def running(blocks):
    return {"uid": blocks[4].uid}


@pytest.fixture
def panel(qtbot, store, clock, blocks, running):
    log = InputLog(store, clock, current_block=lambda: running["uid"])
    bridge = InputLogBridge(log)
    p = InputPanel(bridge, ZONE, AgendaRepository(store).blocks, lambda: running["uid"])
    qtbot.addWidget(p)
    p.resize(1100, 600)
    p.show()
    yield p
    bridge.close()


def _type(qtbot, panel, text: str) -> None:
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, text)
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)


def test_enter_saves_clears_the_line_and_the_row_appears(qtbot, panel, store, blocks):
    _type(qtbot, panel, "Husk Teams-siden #frivillighet")
    assert panel.entry.text() == ""  # at once
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    rec = panel.log.get(panel.model.id_at(0))
    assert (rec.text, rec.block_uid, rec.source, rec.tags) == (
        "Husk Teams-siden #frivillighet", blocks[4].uid, "room", ("frivillighet",))
    assert panel.model.index(0, 4).data() == "Husk Teams-siden #frivillighet"


def test_quick_pickers_by_keyboard(qtbot, panel):
    panel.entry.setFocus()
    qtbot.keyClick(panel.entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.entry, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert panel.kind.currentData() == "spørsmål"
    assert panel.source.currentData() == "teams"
    panel.author.setText("Kari")
    _type(qtbot, panel, "Hvem betaler")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    rec = panel.log.all()[0]
    assert (rec.kind, rec.source, rec.author) == ("spørsmål", "teams", "Kari")
    qtbot.waitUntil(lambda: "Teams 1" in panel.counts.text())
    picker = panel.filters.block
    assert picker.itemText(picker.findData(panel.log.all()[0].block_uid)).endswith("(1)")  # per block too


def test_sdg_picker_inserts_a_tag(qtbot, panel):
    panel.entry.setText("Klima")
    panel.sdg.menu().actions()[12].trigger()
    assert panel.entry.text() == "Klima #sdg13 "


def test_refused_input_keeps_the_text_and_says_why(qtbot, panel):
    _type(qtbot, panel, "Klima #sdg18")
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "1–17" in panel.message.text()
    assert panel.entry.text() == "Klima #sdg18"
    assert panel.log.all() == []


def test_star_delete_undo_redo_from_the_list(qtbot, panel):
    for t in ("Første", "Andre"):
        panel.log.add(t)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 4))  # newest first: "Andre"
    qtbot.keyClick(panel.view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: panel.model.index(0, 0).data() == "★")
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.log.search(starred=True)[0].text == "Andre"
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)


def test_filters_narrow_the_list(qtbot, panel, blocks):
    panel.log.add("Bærekraft i Ålesund #sdg11", source="teams")
    panel.log.add("Kjøring", source="room", block_uid=blocks[1].uid)
    panel.log.add("? Hvem", source="zoom")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    panel.filters.text.setText("baerekraft")
    panel.filters.emit_filter()
    assert panel.model.rowCount() == 1
    panel.filters.text.clear()
    panel.filters.source.setCurrentIndex(panel.filters.source.findData("zoom"))
    assert panel.model.rowCount() == 1
    panel.filters.source.setCurrentIndex(0)
    panel.filters.block.setCurrentIndex(panel.filters.block.findData(blocks[1].uid))
    assert [panel.model.index(r, 4).data() for r in range(panel.model.rowCount())] == ["Kjøring"]
    panel.filters.block.setCurrentIndex(0)
    panel.filters.tag.setEditText("sdg11")
    panel.filters.emit_filter()
    assert panel.model.rowCount() == 1
    # a new input that does not match the filter does not appear; one that matches does
    panel.log.add("Annet")
    panel.log.add("Mer om byer #sdg11")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.model.index(0, 4).data() == "Mer om byer #sdg11"


def test_another_windows_inputs_appear_when_the_log_catches_up(qtbot, panel, event_path):
    other = EventStore.open(event_path, backup=False)
    try:
        InputLog(other, SystemClock()).add("Fra teknisk ansvarlig", source="teams")
    finally:
        other.close()
    panel.log.apply_changes(*panel.log.changes_since(panel.log.revision_seen()))  # what the change feed runs
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    qtbot.waitUntil(lambda: "(totalt 1)" in panel.counts.text())  # no block: the running block has none


def test_html_in_an_input_is_shown_as_text(qtbot, panel):
    panel.log.add("<b>fet</b> { MERGEFIELD navn }")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 4).data() == "<b>fet</b> { MERGEFIELD navn }"


def test_20000_rows(qtbot, store, blocks, clock):
    fill_inputs(store, blocks, 20_000)
    log = InputLog(store, clock)
    bridge = InputLogBridge(log)
    p = InputPanel(bridge, ZONE, AgendaRepository(store).blocks, lambda: None)
    qtbot.addWidget(p)
    p.show()
    assert p.model.rowCount() == 20_000
    p.view.scrollToBottom()
    assert p.model.index(19_999, 4).data()
    p.filters.text.setText("frivillighet")
    p.filters.emit_filter()
    assert 0 < p.model.rowCount() < 20_000
    bridge.close()


@pytest.fixture
def window(qtbot, store, blocks, tmp_path):
    from controlroom.ui.wiring import inputs as wiring

    ctx = make_context(store, SystemClock(), asyncio.new_event_loop(),
                       QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), None)
    w = MainWindow(ctx)
    area = wiring.wire(ctx, w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.docks["inputs"].widget().ready)  # the log loads off the GUI thread
    yield w, ctx, area
    area.bridge.close()
    ctx.loop.close()


def test_ctrl_i_focuses_the_line_from_anywhere(qtbot, window):
    w, ctx, area = window
    panel = w.docks["inputs"].widget()
    w.activateWindow()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.entry.hasFocus())
    assert ctx.services.inputs is panel.log


def test_edit_dialog_and_history(qtbot, window):
    w, ctx, area = window
    panel = w.docks["inputs"].widget()
    rec = panel.log.add("Skrivefeil i innspilet")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.view.setCurrentIndex(panel.model.index(0, 4))
    panel.edit_selected()
    qtbot.waitUntil(lambda: bool(w.findChildren(InputEditDialog)))
    dlg = w.findChildren(InputEditDialog)[0]
    dlg.text.setPlainText("Skrivefeil i innspillet #rettet")
    dlg.kind.setCurrentIndex(dlg.kind.findData("tiltak"))
    dlg.accept()
    qtbot.waitUntil(lambda: panel.log.get(rec.id).text == "Skrivefeil i innspillet #rettet")
    assert panel.log.get(rec.id).kind == "tiltak"
    panel.history_selected()
    qtbot.waitUntil(lambda: bool(w.findChildren(HistoryDialog)))
    table = w.findChildren(HistoryDialog)[0].table
    assert table.rowCount() == 2 and table.item(1, 1).text() == "redigert"


def test_export_dialog_writes_the_workbook_off_the_gui_thread(qtbot, window, tmp_path):
    w, ctx, area = window
    ctx.services.inputs.add("Til arbeidsboka, kontakt kari@example.no")
    area.controller.export()
    dlg = area.controller.export_dialog
    assert not dlg.personal.isChecked()
    out = tmp_path / "ut.docx"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.succeeded, timeout=30_000):
        dlg.start()
    assert out.exists() and dlg.progress.value() == 100
    assert "lagret" in dlg.status.text()
    dlg.path.setText(str(tmp_path / "finnes-ikke" / "ut.docx"))
    with qtbot.waitSignal(dlg.failed, timeout=30_000):
        dlg.start()
    assert "finnes ikke" in dlg.status.text()


def test_export_dialog_cancel_leaves_nothing(qtbot, window, tmp_path, store, blocks):
    w, ctx, area = window
    fill_inputs(store, blocks, 4000)
    area.controller.export()
    dlg = area.controller.export_dialog
    (tmp_path / "ut").mkdir()
    dlg.path.setText(str(tmp_path / "ut" / "stor.pdf"))
    with qtbot.waitSignal(dlg.failed, timeout=60_000):
        dlg.start()
        qtbot.waitUntil(lambda: dlg._process is not None and dlg._process.state().value == 2, timeout=20_000)
        dlg.cancel_or_close()
    assert "avbrutt" in dlg.status.text()
    assert list((tmp_path / "ut").iterdir()) == []


def test_source_picker_offers_the_running_blocks_groups(qtbot, store, blocks, clock):
    from controlroom.grouping.types import Formation, Group, Round, RoundMode
    from controlroom.models.openspace_repo import OpenSpaceRepository
    from controlroom.models.people_repo import PeopleRepository
    from controlroom.ui.wiring.inputs import group_refs

    workshop = blocks[3].uid
    groups = [Group(f"Rom {i}", "onsite", [f"p{i}@example.no"]) for i in (1, 2)]
    PeopleRepository(store).save_formation(workshop, Formation([Round(1, RoundMode(), groups)], 0, 0, 0, 0), {})
    OpenSpaceRepository(store).propose(workshop, "Frivillighet i distriktene")
    ctx = make_context(store, clock, None, None, None)  # type: ignore[arg-type]
    bridge = InputLogBridge(InputLog(store, clock))
    p = InputPanel(bridge, ZONE, AgendaRepository(store).blocks, lambda: workshop, refs_for_block=group_refs(ctx))
    qtbot.addWidget(p)
    assert [p.ref.itemText(i) for i in range(p.ref.count())] == ["", "Rom 1", "Rom 2", "Frivillighet i distriktene"]
    bridge.close()


def test_the_log_loads_off_the_gui_thread(qtbot, store, blocks, clock):
    fill_inputs(store, blocks, 500)
    log = InputLog(store, clock)
    bridge = InputLogBridge(log)
    p = InputPanel(bridge, ZONE, AgendaRepository(store).blocks, lambda: blocks[4].uid, load_in_background=True)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.ready)
    assert p.model.rowCount() == 500
    assert "innspill" in p.counts.text() and "Laster" not in p.counts.text()
    bridge.close()


def _outside(panel: InputPanel) -> list[str]:
    """Visible controls of the entry, picker and filter rows that reach past the panel's edges."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    out = []
    for w in panel.findChildren(QWidget):
        if not isinstance(w, QLineEdit | QComboBox | QAbstractButton) or not w.isVisible():
            continue
        if w.parentWidget() is not None and isinstance(w.parentWidget(), QComboBox):
            continue  # a combo's own line edit
        if panel.view.isAncestorOf(w):
            continue  # the table scrolls sideways by design
        top_left = w.mapTo(panel, w.rect().topLeft())
        if top_left.x() < 0 or top_left.x() + w.width() > panel.width():
            out.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')() or w.accessibleName()!r} "
                       f"x={top_left.x()} w={w.width()}")
    return out


@pytest.mark.parametrize("width", [480, 700])
def test_panel_fits_a_narrow_dock_without_cutting_off_its_right_edge(qtbot, store, clock, blocks, running, width):
    """In a 480 px dock (and the 640–760 px of a laptop) the pickers and filters wrap; nothing is cut off,
    also with the extra filters open."""
    fill_inputs(store, blocks[:5], 60)
    log = InputLog(store, clock, current_block=lambda: running["uid"])
    bridge = InputLogBridge(log)
    p = InputPanel(bridge, ZONE, AgendaRepository(store).blocks, lambda: running["uid"])
    qtbot.addWidget(p)
    assert p.minimumSizeHint().width() <= 480
    p.resize(width, 600)
    p.show()
    qtbot.waitExposed(p)
    assert _outside(p) == []
    assert p.sdg.isVisible() and p.filters.starred.isVisible()
    p.filters.more.setChecked(True)
    qtbot.waitUntil(lambda: p.filters.tag.isVisible())
    assert _outside(p) == []
    rows = {p.filters.block.mapTo(p, p.filters.block.rect().topLeft()).y(),
            p.filters.tag.mapTo(p, p.filters.tag.rect().topLeft()).y()}
    assert len(rows) == (2 if width == 480 else 1)  # wrapped in the narrow dock only
    bridge.close()


def test_filter_button_remembers_its_state_and_counts_hidden_filters(qtbot, window, tmp_path):
    w, ctx, area = window
    filters = w.docks["inputs"].widget().filters
    assert not filters.more.isChecked() and not filters.extra.isVisible()  # closed the first time
    filters.source.setCurrentIndex(filters.source.findData("teams"))
    filters.kind.setCurrentIndex(filters.kind.findData("tiltak"))
    assert filters.more.text() == "Filter (2) …"  # set filters out of sight are counted
    filters.more.click()
    assert filters.extra.isVisible() and ctx.settings.value("inputs/filters_open") in (True, "true")
    filters.kind.setCurrentIndex(0)
    assert filters.more.text() == "Filter (1) …"

    from controlroom.ui.wiring import inputs as wiring

    w.close()
    again = MainWindow(ctx)  # next start, same settings
    area.bridge.close()
    area = wiring.wire(ctx, again)
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    panel = again.docks["inputs"].widget()
    qtbot.waitUntil(lambda: panel.ready)
    assert panel.filters.more.isChecked() and panel.filters.extra.isVisible()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.filters.text.hasFocus())


def test_a_picked_source_applies_to_the_next_line_only(qtbot, panel):
    panel.entry.setFocus()
    qtbot.keyClick(panel.entry, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # Teams
    _type(qtbot, panel, "Fra chatten: hva med transport")
    assert panel.source.currentData() == "room"  # back on the room at once
    _type(qtbot, panel, "Fra salen: mer tid til grupper")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert sorted((r.text[:9], r.source) for r in panel.log.all()) == [("Fra chatt", "teams"), ("Fra salen", "room")]


def test_a_locked_source_stays_for_every_line(qtbot, panel):
    panel.entry.setFocus()
    qtbot.keyClick(panel.entry, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # Teams
    qtbot.keyClick(panel.entry, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # lock it
    assert panel.source_lock.isChecked()
    for text in ("Første fra chatten", "Andre fra chatten"):
        _type(qtbot, panel, text)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert {r.source for r in panel.log.all()} == {"teams"}
    assert panel.source.currentData() == "teams"
    qtbot.keyClick(panel.entry, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # unlock: once more, then back
    _type(qtbot, panel, "Tredje fra chatten")
    assert panel.source.currentData() == "room"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert {r.source for r in panel.log.all()} == {"teams"}


def test_a_group_picked_for_a_line_is_cleared_with_its_source(qtbot, panel):
    panel.ref.setEditText("Lysefjorden")
    panel.source.setCurrentIndex(panel.source.findData("group"))
    _type(qtbot, panel, "Gruppa vil ha mer tid")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    rec = panel.log.all()[0]
    assert (rec.source, rec.source_ref) == ("group", "Lysefjorden")
    assert (panel.source.currentData(), panel.ref.currentText()) == ("room", "")
