"""Open Space attendance on the real wall: drag or «Flytt hit», one session per slot, run log, undo."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeySequence

from controlroom.application.open_space import OpenSpaceService
from controlroom.clock import FakeClock
from controlroom.grouping.types import Participant
from controlroom.live.runlog import RunLog
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.ui.people.attendance import EMAIL_ROLE
from controlroom.ui.people.open_space import OpenSpaceWall

PEOPLE = [Participant("Åse Bærheim", "ase@x.no", municipality="Stavanger"),
          Participant("Øystein Håland", "oystein@x.no", municipality="Sandnes", attendance="teams"),
          Participant("Kari Nilsen", "kari@x.no", municipality="Sola", attendance="zoom")]


def _wall(qtbot, store, block_uid):
    people = PeopleRepository(store)
    people.import_participants(PEOPLE)
    repo = OpenSpaceRepository(store)
    repo.set_layout(block_uid, ["17:00", "18:00"], ["Peisestua", "Zoom-rom 1"])
    log = RunLog(store, FakeClock(), "test")
    wall = OpenSpaceWall(OpenSpaceService(repo, log), people)
    qtbot.addWidget(wall)
    wall.resize(1400, 700)
    wall.show()
    qtbot.waitExposed(wall)
    wall.set_block(block_uid)
    a = wall.propose("Bærekraft i innkjøp", "Åse", "onsite")
    b = wall.propose("Frivillighet", "Kari", "online")
    wall.place(a.id, 0, "Peisestua")
    wall.place(b.id, 0, "Zoom-rom 1")
    return wall, repo, log, a, b


def _select(wall, *emails):
    for i in range(wall.attendance.people_list.count()):
        item = wall.attendance.people_list.item(i)
        item.setSelected(item.data(EMAIL_ROLE) in emails)


def test_flytt_hit_moves_people_between_sessions_logged_and_undoable(qtbot, store, block_uid):
    wall, repo, log, a, b = _wall(qtbot, store, block_uid)
    wall.table.setCurrentCell(0, 0)
    _select(wall, "ase@x.no", "oystein@x.no")
    assert wall.attendance.move_shortcut.key() == QKeySequence("Ctrl+M")
    wall.attendance.move_shortcut.activated.emit()  # offscreen windows are never active, so no key event
    assert {t.title: t.attendees for t in repo.topics(block_uid)}["Bærekraft i innkjøp"] == ["ase@x.no", "oystein@x.no"]
    assert wall.table.currentRow() == 0 and wall.table.currentColumn() == 0  # selection kept
    assert wall.attendance.session_list.count() == 2
    assert "2 deltakere" in wall.table.item(0, 0).text()
    # Moving Øystein to the Zoom session takes him out of Peisestua (same slot).
    wall.table.setCurrentCell(0, 1)
    _select(wall, "oystein@x.no")
    wall.attendance.move_here.click()
    lists = {t.title: t.attendees for t in repo.topics(block_uid)}
    assert lists == {"Bærekraft i innkjøp": ["ase@x.no"], "Frivillighet": ["oystein@x.no"]}
    assert "Zoom-rom 1 – Frivillighet\n    Øystein Håland" in wall.attendance.online.toPlainText()
    kinds = [r.kind for r in log.all()]
    assert kinds.count("openspace.attend") == 2 and "openspace.place" in kinds
    wall.undo_stack.undo()
    assert {t.title: t.attendees for t in repo.topics(block_uid)}["Bærekraft i innkjøp"] == ["ase@x.no", "oystein@x.no"]
    assert log.all()[-1].kind == "openspace.undo"
    wall.undo_stack.redo()
    assert {t.title: t.attendees for t in repo.topics(block_uid)}["Frivillighet"] == ["oystein@x.no"]


def test_drag_from_deltakere_onto_a_session_and_remove(qtbot, store, block_uid):
    wall, repo, log, a, b = _wall(qtbot, store, block_uid)
    _select(wall, "kari@x.no")
    rect = wall.table.visualRect(wall.table.model().index(0, 1))
    drop = QDropEvent(QPointF(rect.center()), Qt.MoveAction, QMimeData(), Qt.LeftButton, Qt.NoModifier)
    # The drop's source is the Deltakere list, as for a real drag started there.
    drop.source = lambda: wall.attendance.people_list  # type: ignore[method-assign]
    wall.table.dropEvent(drop)
    assert repo.topics(block_uid)[1].attendees == ["kari@x.no"]
    # An empty cell takes nobody.
    empty = wall.table.visualRect(wall.table.model().index(1, 0))
    drop2 = QDropEvent(QPointF(empty.center()), Qt.MoveAction, QMimeData(), Qt.LeftButton, Qt.NoModifier)
    drop2.source = lambda: wall.attendance.people_list  # type: ignore[method-assign]
    wall.table.dropEvent(drop2)
    assert sum(len(t.attendees) for t in repo.topics(block_uid)) == 1
    wall.table.setCurrentCell(0, 1)
    wall.attendance.session_list.item(0).setSelected(True)
    wall.attendance.remove_selected()
    assert repo.topics(block_uid)[1].attendees == []
    assert log.all()[-1].kind == "openspace.leave"
    wall.undo_stack.undo()
    assert repo.topics(block_uid)[1].attendees == ["kari@x.no"]
    assert "kari@x.no" in repo.where_in_slot(block_uid, 0)


def test_moving_people_needs_a_session_on_the_wall(qtbot, store, block_uid):
    wall, repo, _log, _a, _b = _wall(qtbot, store, block_uid)
    c = wall.propose("Ungdommens stemme", "Sigrid", "online")
    wall.attendance.attend(c.id, ["ase@x.no"])  # still in the marketplace
    assert "Legg temaet på veggen" in wall.notes_label.text()
    assert all(not t.attendees for t in repo.topics(block_uid))
    wall.table.clearSelection()
    _select(wall, "ase@x.no")
    wall.attendance.move_selected_here()
    assert "Velg først en økt" in wall.attendance.session_label.text()
    wall.attendance.search.setText("øystein")
    visible = [wall.attendance.people_list.item(i).data(EMAIL_ROLE) for i in range(wall.attendance.people_list.count())
               if not wall.attendance.people_list.item(i).isHidden()]
    assert visible == ["oystein@x.no"]
