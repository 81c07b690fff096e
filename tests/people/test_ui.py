"""Real widgets under pytest-qt: the room board, the Open Space wall, the participants table, the dialog."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from controlroom.application.open_space import OpenSpaceService
from controlroom.application.people import PeopleService
from controlroom.clock import FakeClock
from controlroom.grouping.sample import sample_participants, write_registration_csv
from controlroom.grouping.solver import FormOptions, form
from controlroom.grouping.types import Participant, RoundMode
from controlroom.live.runlog import RunLog
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.room_timers import RoomTimers
from controlroom.ui.people.form_dialog import FormGroupsDialog
from controlroom.ui.people.open_space import OpenSpaceWall
from controlroom.ui.people.participants import ParticipantsPanel
from controlroom.ui.people.room_board import RoomBoard


def _formed(store, block_uid, n=40):
    repo = PeopleRepository(store)
    repo.import_participants(sample_participants(n, seed=8))
    f = form(repo.participants(), FormOptions(modes=[RoundMode("mix"), RoundMode("mix"), RoundMode("return", 1)]))
    repo.save_formation(block_uid, f, {"size": [3, 4], "k": 2})
    return repo, f


def _board(qtbot, store, block_uid):
    """A formed workshop and a room board on it (not yet shown), with its clock, run log and room timers."""
    repo, f = _formed(store, block_uid)
    clock = FakeClock()
    log = RunLog(store, clock, "test")
    timers = RoomTimers(store, clock, log)
    board = RoomBoard(repo, timers, clock, AgendaRepository(store).blocks, save_notes=PeopleRepository(store).set_group_notes)
    qtbot.addWidget(board)
    return repo, f, clock, log, timers, board


def test_room_board_shows_rooms_moves_and_runs_room_timers(qtbot, store, block_uid):
    repo, f, clock, log, timers, board = _board(qtbot, store, block_uid)
    board.show()
    board.show_block(block_uid, 1)
    assert set(board.cards) == {g.room for g in f.rounds[0].groups}
    card = board.cards["Rom 1"]
    leader = next(p.name for p in repo.participants() if p.key == f.rounds[0].groups[0].leader)
    assert any(leader in lbl.text() and "leder" in lbl.text() for lbl in card.findChildren(type(card.countdown)))
    board.minutes.setValue(15)
    qtbot.mouseClick(card.findChild(QPushButton, "start-Rom 1"), Qt.LeftButton)
    assert card.countdown.text() == "15:00"
    clock.advance(61.5)
    board.repaint_times()
    assert card.countdown.text() == "13:59"
    board.act_all("extend")
    assert card.countdown.text() == "14:59"
    assert board.cards["Rom 2"].countdown.text() == "01:00"  # never started: extend adds to a stopped timer
    board.act_all("stop")
    clock.advance(30)
    board.repaint_times()
    assert card.countdown.text() == "14:59"
    board.act_all("stop")  # stopped rooms continue
    clock.advance(60)
    board.repaint_times()
    assert card.countdown.text() == "13:59"
    kinds = [a.kind for a in log.all()]
    assert kinds[:4] == ["group.timer.start", "group.timer.extend", "group.timer.stop", "group.timer.resume"]
    # round 2: online rooms list who moves in from round 1
    board.round_box.setCurrentIndex(1)
    online = [g for g in f.rounds[1].groups if g.pool != "onsite"]
    assert any("Flyttes inn" in lbl.text() for g in online for lbl in board.cards[g.room].findChildren(type(card.countdown)))


def test_room_timer_survives_reopen_and_counts_from_clock(store, block_uid):
    clock = FakeClock()
    timers = RoomTimers(store, clock)
    timers.start(block_uid, ["Rom 1"], 600)
    clock.advance(seconds=700)
    again = RoomTimers(store, clock).all(block_uid)["Rom 1"]
    assert again.running and again.remaining(clock.now()) == -100
    assert again.ends_at == clock.now() - timedelta(seconds=100)


def test_open_space_wall_propose_drag_merge_notes_undo(qtbot, store, block_uid):
    os_repo = OpenSpaceRepository(store)
    os_repo.set_layout(block_uid, ["11:00–11:45", "12:00–12:45"], ["Plenumssalen", "Zoom-rom 1"])
    wall = OpenSpaceWall(OpenSpaceService(os_repo), PeopleRepository(store))
    qtbot.addWidget(wall)
    wall.set_block(block_uid)
    wall.title_edit.setText("Frivillighet og kultur")
    wall.convener_edit.setText("Åse Bærheim")
    wall.propose_from_fields()
    b = wall.propose("Integrering i små kommuner", "Per Hansen", "online")
    assert wall.market.count() == 2
    a = next(t for t in wall.topics.values() if t.title == "Frivillighet og kultur")
    wall.place(a.id, 0, "Zoom-rom 1")
    assert wall.table.item(0, 1).text().startswith("Frivillighet og kultur")
    assert wall.market.count() == 1
    wall.place(b.id, 0, "Zoom-rom 1")  # onto a taken cell: swap
    assert wall.table.item(0, 1).text().startswith("Integrering")
    wall.undo_stack.undo()
    assert wall.table.item(0, 1).text().startswith("Frivillighet")
    wall.merge(a.id, b.id)
    assert wall.table.item(0, 1).text().startswith("Frivillighet og kultur + Integrering")
    assert wall.market.count() == 0
    wall.table.setCurrentCell(0, 1)
    wall.notes.setPlainText("Felles søknad; 12 deltakere.")
    wall.save_notes()
    assert os_repo.topics(block_uid)[0].notes == "Felles søknad; 12 deltakere."
    wall.undo_stack.undo()  # undo the merge
    assert wall.market.count() == 1 and len(os_repo.topics(block_uid)) == 2
    assert wall.set_layout(["11:00–11:45"], ["Plenumssalen", "Peisestua"])
    assert (wall.table.rowCount(), wall.table.columnCount()) == (1, 2)
    assert wall.market.count() == 2  # the Zoom-rom 1 session is off the wall now, back in the marketplace
    assert not wall.set_layout([], ["A"])


def test_open_space_wall_block_chooser(qtbot, store, block_uid):
    blocks = AgendaRepository(store).blocks
    wall = OpenSpaceWall(OpenSpaceService(OpenSpaceRepository(store)), PeopleRepository(store), blocks)
    qtbot.addWidget(wall)
    wall.set_block(block_uid)
    assert wall.block_box.count() == 2 and wall.block_box.currentData() == block_uid


def test_participants_panel_import_noshow_walkin_undo(qtbot, store, tmp_path, loop):
    repo = PeopleRepository(store)
    log = RunLog(store, FakeClock(), "test")
    panel = ParticipantsPanel(PeopleService(store, log))
    qtbot.addWidget(panel)
    path = write_registration_csv(tmp_path / "påmelding.csv", sample_participants(30, seed=1))
    assert loop.run_until_complete(panel.import_file(path))
    assert panel.model.rowCount() == 30 and "30 nye" in panel.status.text()
    bad = tmp_path / "feil.csv"
    bad.write_text("Navn;E-post;Kommune;Deltakelse\nA;;Sola;Fysisk\n", encoding="utf-8")
    assert not loop.run_until_complete(panel.import_file(bad))
    assert "feil.csv:2" in panel.status.text() and panel.model.rowCount() == 30
    first = panel.model.rows[0]
    assert loop.run_until_complete(panel.set_no_show([first], True)) is None  # no groups: nothing to preview
    assert repo.participant(first.email).no_show
    panel.undo_stack.undo()
    loop.run_until_complete(panel.flow.settled())
    assert not repo.participant(first.email).no_show
    loop.run_until_complete(panel.add_walk_in(Participant("Ny Gjest", "ny@example.no", municipality="Utsira",
                                                          attendance="teams")))
    assert repo.participant("ny@example.no").walk_in
    panel.undo_stack.undo()
    loop.run_until_complete(panel.flow.settled())
    assert repo.participant("ny@example.no") is None
    idx = panel.model.index(0, 3)
    assert panel.model.setData(idx, "Kvitsøy")
    assert repo.participant(first.email).municipality == "Kvitsøy"
    assert not panel.model.setData(panel.model.index(0, 4), "Brevdue")
    assert [a.kind for a in log.all()] == ["group.noshow", "group.undo", "group.walkin", "group.undo"]


def test_form_dialog_says_min_breaches_first_and_forms(qtbot, store, block_uid, loop):
    repo = PeopleRepository(store)
    repo.import_participants([Participant(f"P{i}", f"p{i}@x.no", municipality="Stavanger" if i < 8 else "Sola")
                              for i in range(12)])
    dlg = FormGroupsDialog(PeopleService(store, RunLog(store, FakeClock(), "test")), AgendaRepository(store).blocks())
    qtbot.addWidget(dlg)
    dlg.block_box.setCurrentIndex(dlg.block_box.findData(block_uid))
    assert "minst 2 kommunebrudd" in dlg.plan_label.text() and "4 grupper" in dlg.plan_label.text()
    dlg.small.setChecked(True)
    assert "minst 0 kommunebrudd" in dlg.plan_label.text()
    dlg.rounds.setValue(3)
    assert dlg.modes.text() == "mix,mix,return:1"
    dlg.apart.setText("p0@x.no p1@x.no")
    assert not loop.run_until_complete(dlg.run())
    assert "e-post,e-post" in dlg.plan_label.text()
    dlg.apart.setText("p0@x.no,p1@x.no")
    dlg.fixed.setText("p2@x.no=Rom 3")
    with qtbot.waitSignal(dlg.formed):
        assert loop.run_until_complete(dlg.run())
    rounds = repo.rounds(block_uid)
    assert len(rounds) == 3
    assert repo.grouping_info(block_uid)[1]["breaches"] == 0
    formed = RunLog(store, FakeClock()).all()[-1]  # the people service logs the formation, not the dialog
    assert (formed.kind, formed.block_uid, formed.payload["rounds"]) == ("group.formed", block_uid, 3)
    for rnd in rounds:
        assert next(g.room for g in rnd.groups if "p2@x.no" in g.members) == "Rom 3"
        assert not any({"p0@x.no", "p1@x.no"} <= set(g.members) for g in rnd.groups)


def test_wiring_adds_docks_menu_and_service(qtbot, store, block_uid, tmp_path, loop):
    from PySide6.QtCore import QSettings

    from controlroom.app import make_context
    from controlroom.ui.live.ticker import SecondTicker
    from controlroom.ui.main_window import MainWindow
    from controlroom.ui.wiring import people as wiring

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    ctx = make_context(store=store, clock=FakeClock(), loop=loop, settings=settings, event_path=None)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    wiring.wire(ctx, window, SecondTicker(ctx.clock, window))
    assert isinstance(ctx.services.people.repo, PeopleRepository)
    assert {"participants", "room-board", "open-space"} <= set(window.docks)
    texts = [a.text() for a in window.menu("groups").actions()]
    assert "Danne grupper…" in texts and "Romtavle" in texts and "Open Space-vegg" in texts


def test_a_room_board_behind_the_participants_tab_builds_its_round_when_its_tab_is_chosen(
        qtbot, store, block_uid, tmp_path, loop):
    """A saved layout with the participants in front: the board waits behind its tab, then shows its round."""
    from PySide6.QtCore import QSettings

    from controlroom.app import make_context
    from controlroom.ui.live.ticker import SecondTicker
    from controlroom.ui.main_window import MainWindow
    from controlroom.ui.wiring import people as wiring

    _repo, f = _formed(store, block_uid)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    ctx = make_context(store=store, clock=FakeClock(), loop=loop, settings=settings, event_path=None)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    area = wiring.wire(ctx, window, SecondTicker(ctx.clock, window))
    window.docks["participants"].raise_()
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert area.board.cards == {}  # behind its tab
    area.board_dock.raise_()
    qtbot.waitUntil(lambda: set(area.board.cards) == {g.room for g in f.rounds[0].groups})
    assert area.board.summary.text().startswith(f"{len(f.rounds[0].groups)} rom")


def test_a_hidden_room_board_builds_its_cards_as_it_shows_and_still_acts_on_every_room(qtbot, store, block_uid):
    """Behind another tab the board builds no cards (at start-up, and for each change all day); shown, it
    builds the round it follows; the menu's "start every room" works on the hidden board too."""
    repo, f, clock, log, timers, board = _board(qtbot, store, block_uid)
    built: list[int] = []
    board.rebuilt.connect(lambda: built.append(len(board.cards)))
    board.show_block(block_uid, 1)
    assert board.cards == {} and built == []
    board.act_all("start")
    rooms = {g.room for g in f.rounds[0].groups}
    assert set(timers.all(block_uid)) == rooms
    assert [a.kind for a in log.all()] == ["group.timer.start"]
    board.show()
    assert set(board.cards) == rooms and built == [len(rooms)]
    assert board.cards["Rom 1"].countdown.text() == "20:00"
    board.hide()
    board.round_box.setCurrentIndex(1)  # a change while hidden: the round-1 cards stay until it shows
    assert built == [len(rooms)]
    board.show()
    assert set(board.cards) == {g.room for g in f.rounds[1].groups} and len(built) == 2


def test_room_board_repairs_after_no_shows_and_logs_moves(qtbot, store, block_uid, loop):
    repo, f = _formed(store, block_uid)
    clock = FakeClock()
    log = RunLog(store, clock, "test")
    board = RoomBoard(repo, RoomTimers(store, clock, log), clock, AgendaRepository(store).blocks, save_notes=PeopleRepository(store).set_group_notes)
    qtbot.addWidget(board)
    board.show()
    board.show_block(block_uid, 1)
    gone = f.rounds[0].groups[0].members[:2]
    repo.set_no_show(gone)
    preview = loop.run_until_complete(board.repair_round())
    moves = [m for r in preview.change.rounds if r.round == 1 for m in r.moves]
    assert {m.email for m in moves if m.to_room is None} == set(gone)
    assert not [a for a in log.all() if a.kind == "group.repair"]  # nothing before OK
    preview.accept()
    loop.run_until_complete(board.flow.settled())
    entries = [a for a in log.all() if a.kind == "group.repair"]
    assert [e.payload["round"] for e in entries] == [1, 2, 3]  # the shown round and every later one
    assert len(entries[0].payload["moves"]) == len(moves)
    for rnd in repo.rounds(block_uid):
        assert not ({e for g in rnd.groups for e in g.members} & set(gone))


def test_rooms_dialog_saves_and_refuses_over_the_platform_limit(qtbot, store):
    from controlroom.grouping.rooms import RoomSpec
    from controlroom.ui.people.rooms_dialog import RoomsDialog

    repo = PeopleRepository(store)
    dlg = RoomsDialog(PeopleService(store, RunLog(store, FakeClock(), "test")))
    qtbot.addWidget(dlg)
    dlg.add_row(RoomSpec("Peisestua", "onsite", 8))
    dlg.add_row(RoomSpec("Teams A", "teams", None, 1))
    assert dlg.save()
    assert [(r.name, r.kind, r.capacity) for r in repo.rooms()] == [("Peisestua", "onsite", 8), ("Teams A", "teams", None)]
    dlg2 = RoomsDialog(PeopleService(store, RunLog(store, FakeClock(), "test")))
    qtbot.addWidget(dlg2)
    assert dlg2.table.rowCount() == 2
    for i in range(51):
        dlg2.add_row(RoomSpec(f"T{i}", "teams"))
    assert not dlg2.save()
    assert "høyst 50" in dlg2.message.text()
    assert len(repo.rooms()) == 2
