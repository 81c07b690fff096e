"""Groups follow the day in the window (pytest-qt, real widgets and event files): the room board follows
the running block, no-shows and walk-ins repair after a preview, the walk-in form, import errors and
the default platform in dialogs, the "Danne grupper" proposal and the compact board."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from controlroom.application.people import PeopleService
from controlroom.clock import FakeClock
from controlroom.grouping.day_rounds import planned_statuses
from controlroom.grouping.live_repair import LiveGroups
from controlroom.grouping.sample import sample_participants
from controlroom.grouping.solver import FormOptions, form
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.room_timers import RoomTimers
from controlroom.ui.people.form_dialog import FormGroupsDialog
from controlroom.ui.people.participants import ParticipantsPanel
from controlroom.ui.people.room_board import RoomBoard
from tests.people.conftest import SEED002_ROUND_BLOCKS, oslo

TZ = "Europe/Oslo"


def _panel(qtbot, store, repo, blocks, now):
    log = RunLog(store, FakeClock(), "test")
    titles = {b.uid: f"{b.start:%H:%M} {b.title}" for b in blocks}
    panel = ParticipantsPanel(PeopleService(store, log),
                              groups=LiveGroups(repo, log, lambda: planned_statuses(blocks, now, TZ)),
                              block_label=titles.get)
    qtbot.addWidget(panel)
    return panel, log


def _seated(repo, uid) -> list[set[str]]:
    return [{e for g in r.groups for e in g.members} for r in repo.rounds(uid)]


def test_room_board_follows_the_round_of_the_running_block(qtbot, store, seed002_day):
    repo, blocks, proposal = seed002_day
    clock = FakeClock(oslo(10, 45))
    live = LiveService(store, clock)
    live.set_auto_follow(True)
    board = RoomBoard(repo, RoomTimers(store, clock, live.log), clock, AgendaRepository(store).blocks, live, save_notes=PeopleRepository(store).set_group_notes)
    qtbot.addWidget(board)
    for hour, minute, expected in ((11, 5, 1), (13, 5, 2), (14, 35, 3)):
        clock.set(oslo(hour, minute))
        board.repaint_times()
        assert (board.block_uid, board.round_number) == (proposal.block_uid, expected)
    assert [board.round_box.itemText(i) for i in range(3)] == ["1", "2 · 13:00", "3 (tilbake til 1) · 14:30"]
    live.set_auto_follow(False)
    live.goto(SEED002_ROUND_BLOCKS[1])  # the moderator starts round 2's block by hand
    assert board.round_number == 2
    board.round_box.setCurrentIndex(0)  # the host looks at round 1: the board stays while the block runs
    board.repaint_times()
    assert board.round_number == 1


def test_no_show_opens_a_preview_per_round_cancel_changes_nothing_ok_repairs_all(qtbot, store, seed002_day, loop):
    repo, blocks, proposal = seed002_day
    panel, log = _panel(qtbot, store, repo, blocks, oslo(10, 50))
    before = [{g.room: list(g.members) for g in r.groups} for r in repo.rounds(proposal.block_uid)]
    gone = next(p for p in panel.model.rows if p.key == repo.rounds(proposal.block_uid)[0].groups[0].members[0])
    panel.view.selectRow(panel.model.rows.index(gone))
    panel.toggle_no_show()  # what F8 does
    loop.run_until_complete(panel.flow.settled())
    preview = panel.flow.dialog
    assert preview.objectName() == "repair-preview" and preview.isVisible()
    text = preview.text()
    assert [ln.split(" ·")[0] for ln in text.splitlines() if ln.startswith("Runde")] == ["Runde 1", "Runde 2", "Runde 3"]
    assert "11:00 Inndeling i arbeidsgrupper første runde" in text and "14:30 Runde 3" in text
    assert f"{gone.name}: Rom" in text and "→ ut" in text
    preview.findChild(QDialogButtonBox).button(QDialogButtonBox.Cancel).click()
    assert not repo.participant(gone.key).no_show and log.all() == []
    assert [{g.room: list(g.members) for g in r.groups} for r in repo.rounds(proposal.block_uid)] == before
    panel.toggle_no_show()
    loop.run_until_complete(panel.flow.settled())
    qtbot.mouseClick(panel.flow.dialog.ok_button, Qt.LeftButton)
    loop.run_until_complete(panel.flow.settled())
    assert repo.participant(gone.key).no_show
    assert all(gone.key not in seated for seated in _seated(repo, proposal.block_uid))
    assert [a.kind for a in log.all()] == ["group.noshow", "group.repair", "group.repair", "group.repair"]
    panel.undo_stack.undo()  # one step back: the mark and all three rounds
    loop.run_until_complete(panel.flow.settled())
    assert [{g.room: list(g.members) for g in r.groups} for r in repo.rounds(proposal.block_uid)] == before


def test_walk_in_form_adds_a_person_and_seats_them_in_the_rounds_to_come(qtbot, store, seed002_day, loop):
    repo, blocks, proposal = seed002_day
    panel, log = _panel(qtbot, store, repo, blocks, oslo(12, 30))  # lunch: round 1 is over
    form_ = panel.ask_walk_in()
    ok = form_.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled() and "navnet" in form_.problem.text()
    qtbot.keyClicks(form_.name, "Sigrun Utsira")
    assert not ok.isEnabled() and "kommunen" in form_.problem.text()
    qtbot.keyClicks(form_.municipality, "Utsira")
    qtbot.keyClicks(form_.email, "ikke-en-adresse")
    assert not ok.isEnabled() and "e-postadresse" in form_.problem.text()
    form_.email.clear()  # e-mail is optional
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.LeftButton)
    loop.run_until_complete(panel.flow.settled())
    preview = panel.flow.dialog
    assert "Uanmeldt: Sigrun Utsira" in preview.findChild(QLabel).text()
    assert "Sigrun Utsira: ny → Rom" in preview.text() and "Runde 1" not in preview.text()
    qtbot.mouseClick(preview.ok_button, Qt.LeftButton)
    loop.run_until_complete(panel.flow.settled())
    person = next(p for p in repo.participants() if p.name == "Sigrun Utsira")
    assert person.walk_in and person.attendance == "onsite" and not person.has_email
    assert panel.model.shown[panel.model.rows.index(person)][1] == ""  # no address shown
    seated = _seated(repo, proposal.block_uid)
    assert person.key not in seated[0] and person.key in seated[1] and person.key in seated[2]
    assert [a.kind for a in log.all()][:1] == ["group.walkin"]


def test_import_errors_open_a_dialog_naming_file_and_line(qtbot, store, tmp_path, loop):
    repo = PeopleRepository(store)
    panel, _log = _panel(qtbot, store, repo, [], oslo(9))
    bad = tmp_path / "påmeldte-feil.csv"
    bad.write_text("Navn;E-post;Kommune;Deltakelse\nAnne;anne@example.no;Sola;Fysisk\nBo;;Sola;Fysisk\n"
                   "Cato;cato@example.no;;Teams\n", encoding="utf-8")
    assert not loop.run_until_complete(panel.import_file(bad))
    box = panel.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "import-errors" and box.isVisible()
    shown = box.text() + "\n" + box.informativeText()
    assert "påmeldte-feil.csv" in box.text()
    assert f"{bad}:3" in shown and "mangler e-post" in shown
    assert f"{bad}:4" in shown and "mangler kommune" in shown
    assert repo.participants() == []


def test_digitalt_without_platform_asks_once_and_keeps_the_answer(qtbot, store, tmp_path, loop):
    repo = PeopleRepository(store)
    panel, _log = _panel(qtbot, store, repo, [], oslo(9))
    first = tmp_path / "liste1.csv"
    first.write_text("Navn;E-post;Kommune;Deltakelse\nAnne;anne@example.no;Sola;Digitalt\n"
                     "Bo;bo@example.no;Hå;Fysisk\n", encoding="utf-8")

    async def answer_zoom() -> None:
        while not (isinstance(panel.dialog, QMessageBox) and panel.dialog.objectName() == "default-platform"):
            await asyncio.sleep(0.01)
        assert "liste1.csv" in panel.dialog.text()
        next(b for b in panel.dialog.buttons() if b.text() == "Zoom").click()

    done, _ = loop.run_until_complete(asyncio.gather(panel.import_file(first), answer_zoom()))
    assert done and repo.participant("anne@example.no").attendance == "zoom" and repo.default_online() == "zoom"
    second = tmp_path / "liste2.csv"
    second.write_text("Navn;E-post;Kommune;Deltakelse\nCato;cato@example.no;Time;Digitalt\n", encoding="utf-8")
    panel.dialog = None
    assert loop.run_until_complete(panel.import_file(second))  # not asked again
    assert panel.dialog is None and repo.participant("cato@example.no").attendance == "zoom"
    walk_in = panel.ask_walk_in()
    assert walk_in.platform.currentData() == "zoom"  # the walk-in form's online platform too
    walk_in.reject()


def test_danne_grupper_proposes_the_series_of_rounds_and_saves_their_blocks(qtbot, store, seed002_day, loop):
    repo, blocks, proposal = seed002_day
    dlg = FormGroupsDialog(PeopleService(repo.store, RunLog(repo.store, FakeClock(), "test")), blocks, statuses=planned_statuses(blocks, oslo(10, 40), TZ))
    qtbot.addWidget(dlg)
    assert dlg.block_box.currentData() == blocks[15].uid
    assert dlg.rounds.value() == 3 and dlg.modes.text() == "mix,mix,return:1"
    series = dlg.series_label.text()
    assert "Runde 2: 13:00 Inndeling i arbeidsgrupper andre runde" in series and "Runde 3: 14:30" in series
    with qtbot.waitSignal(dlg.formed):
        assert loop.run_until_complete(dlg.run())
    assert repo.round_blocks(blocks[15].uid) == {n: blocks[i].uid for n, i in enumerate(SEED002_ROUND_BLOCKS, 1)}
    dlg2 = FormGroupsDialog(PeopleService(repo.store, RunLog(repo.store, FakeClock(), "test")), blocks, statuses=planned_statuses(blocks, oslo(14, 0), TZ))
    qtbot.addWidget(dlg2)
    dlg2.rounds.setValue(1)  # the host changes the plan: one round, in the chosen block
    assert dlg2.round_blocks() == [dlg2.block_box.currentData()] and dlg2.series_label.text() == ""


def _clipped(label: QLabel) -> bool:
    if label.wordWrap():
        return label.height() < label.heightForWidth(label.width())
    return label.width() < label.sizeHint().width()


def test_compact_room_board_shows_16_rooms_on_a_1366x768_screen(qtbot, store, block_uid):
    repo = PeopleRepository(store)
    repo.import_participants(sample_participants(64, seed=4, onsite_share=1.0))
    repo.save_formation(block_uid, form(repo.participants(), FormOptions()), {"size": [3, 4], "k": 2})
    clock = FakeClock()
    board = RoomBoard(repo, RoomTimers(store, clock), clock, AgendaRepository(store).blocks, save_notes=PeopleRepository(store).set_group_notes)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    qtbot.waitExposed(board)
    board.show_block(block_uid, 1)
    assert len(board.cards) == 16
    board.compact.setChecked(True)
    board.minutes.setValue(120)
    board.act_all("start")
    qtbot.waitUntil(lambda: board.scroll_area.verticalScrollBar().maximum() == 0 and board.grid_host.height() > 0)
    viewport = board.scroll_area.viewport().rect()
    for card in board.cards.values():
        top_left = card.mapTo(board.scroll_area.viewport(), card.rect().topLeft())
        bottom_right = card.mapTo(board.scroll_area.viewport(), card.rect().bottomRight())
        assert viewport.contains(top_left) and viewport.contains(bottom_right), card.room
        assert card.countdown.text() == "2:00:00"
        assert not [lbl.text() for lbl in card.findChildren(QLabel) if _clipped(lbl)], card.room
    assert board.scroll_area.horizontalScrollBar().maximum() == 0


def test_wired_window_repairs_only_the_rounds_the_running_day_has_not_passed(qtbot, store, seed002_day, loop,
                                                                             settings):
    from controlroom.app import make_context
    from controlroom.ui.live.ticker import SecondTicker
    from controlroom.ui.main_window import MainWindow
    from controlroom.ui.wiring import people as wiring

    repo, _blocks, proposal = seed002_day
    clock = FakeClock(oslo(13, 5))
    ctx = make_context(store=store, clock=clock, loop=loop, settings=settings, event_path=None)
    live = ctx.services.live
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    area = wiring.wire(ctx, window, SecondTicker(ctx.clock, window))
    board, panel = area.board, area.participants
    window.show()
    area.board_dock.raise_()  # the board on screen (built as it shows; behind the participants' tab it waits)
    assert board.flow is panel.flow  # one way for live group changes, one undo stack
    live.goto(SEED002_ROUND_BLOCKS[1])  # round 2's block starts: the board follows
    assert (board.block_uid, board.round_number) == (proposal.block_uid, 2)
    leaving = next(p for p in panel.model.rows if p.key == repo.rounds(proposal.block_uid)[1].groups[0].members[0])
    preview = loop.run_until_complete(panel.set_no_show([leaving], True))
    assert [r.round for r in preview.change.rounds] == [2, 3]  # round 1 ran before: it stays as it happened
    assert "13:00 Inndeling i arbeidsgrupper andre runde" in preview.text()
    preview.accept()
    loop.run_until_complete(panel.flow.settled())
    assert board.summary.text().startswith(f"{len(board.cards)} rom")
    assert leaving.key not in {e for g in repo.rounds(proposal.block_uid)[1].groups for e in g.members}


def test_a_walk_in_the_rules_cannot_seat_is_refused_with_the_reason_and_nothing_changes(qtbot, store, block_uid, loop):
    from controlroom.grouping.types import Participant

    repo = PeopleRepository(store)
    repo.import_participants([Participant(f"P{i}", f"p{i}@x.no", municipality=f"K{i % 6}") for i in range(12)])
    repo.save_formation(block_uid, form(repo.participants(), FormOptions()), {"size": [3, 4], "k": 2})
    before = [{g.room: list(g.members) for g in r.groups} for r in repo.rounds(block_uid)]
    log = RunLog(store, FakeClock(), "test")
    panel = ParticipantsPanel(PeopleService(store, log))
    qtbot.addWidget(panel)
    alone = Participant("Zoe Zoom", "zoe@example.no", municipality="Sola", attendance="zoom")
    box = loop.run_until_complete(panel.add_walk_in(alone))  # the only person on Zoom: no group of 3 possible
    assert isinstance(box, QMessageBox) and box.objectName() == "repair-refused"
    assert "Ingenting er endret" in box.text() and "Zoom" in box.text() and "zoe@example.no" in box.text()
    assert "ingen ledig plass" in panel.status.text()
    assert repo.participant("zoe@example.no") is None and log.all() == []
    assert [{g.room: list(g.members) for g in r.groups} for r in repo.rounds(block_uid)] == before
    assert panel.undo_stack.count() == 0
