"""A moderator's morning on the demo event, through the real window and real event files: open the
demo, start the first block, take an input, form groups, see them on the room board and the stage,
export the planned-vs-actual CSV, and find it all committed in the event file (read back through a
separate connection, as another program would)."""

from __future__ import annotations

import asyncio
import csv
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from controlroom.demo import DEMO_GROUP_BLOCK, DEMO_TITLE
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.inputs.model import COLUMNS
from tests.support.event_file import file_rows, json_column


def run_until(loop: asyncio.AbstractEventLoop, predicate, timeout: float = 20.0) -> None:
    """Let the qasync loop (and Qt) run until ``predicate()`` holds."""

    async def wait() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(wait(), timeout))


def shown_names(card) -> list[str]:
    """The member names a room card shows (its rich text without the leader/note-taker marks)."""
    lines = card.members.text().split("<br>")
    return [re.sub(r"<[^>]+>", "", line).split(" — ")[0] for line in lines]


def test_demo_opens_on_today_with_people_and_groups(app_window, clock, demo_path):
    ctx = app_window.ctx
    assert app_window.windowTitle().startswith(f"{DEMO_TITLE} — demo-nettverkssamling.krom")
    blocks = AgendaRepository(ctx.store).blocks()
    assert {b.day for b in blocks} == {clock.now().date()}
    board = app_window.areas.people.board
    gold = next(b for b in blocks if b.title == DEMO_GROUP_BLOCK)
    stored = file_rows(demo_path, "SELECT room FROM breakout_group WHERE block_uid = ? AND round = 1", gold.uid)
    assert board.block_uid == gold.uid and set(board.cards) == {room for (room,) in stored}
    assert "Lysefjorden" in board.cards
    timer = app_window.areas.live.ui.timer_panel
    assert timer.title.text() == "Ingen bolk går" and "Fylkeskommunenes samling" in timer.next_label.text()


def test_start_block_take_input_and_export(app_window, clock, loop, qtbot, tmp_path, demo_path):
    ctx = app_window.ctx
    live_ui = app_window.areas.live.ui
    first = AgendaRepository(ctx.store).blocks()[0]
    app_window.findChild(QAction, "live-start").trigger()  # F5
    qtbot.waitUntil(lambda: live_ui.timer_panel.title.text() == "Fylkeskommunenes samling")
    starts = file_rows(demo_path, "SELECT block_uid, origin FROM run_action WHERE kind = 'start'")
    assert starts == [(first.uid, "moderator")]  # committed to the file, not only shown

    app_window.findChild(QAction, "live-stage").trigger()  # the stage display shows the running block
    stage = live_ui.stage
    qtbot.waitExposed(stage)
    stage.grab()  # paint it as the screen would
    assert stage.bridge.state.current_title == "Fylkeskommunenes samling"
    assert stage.shown_text == "2:00:00"  # started at 08:55, 120 minutes planned, none gone yet

    panel = app_window.docks["inputs"].widget()
    panel.focus_entry()
    panel.entry.setText("? Hvordan når vi de små kommunene? #økonomi")
    panel.submit()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert "små kommunene" in panel.model.index(0, COLUMNS.index("text")).data()  # the list shows it
    saved = file_rows(demo_path, "SELECT block_uid, text, tags FROM input_item WHERE deleted = 0")
    assert len(saved) == 1
    block_uid, text, tags = saved[0]
    assert block_uid == first.uid and "små kommunene" in text and "økonomi" in json_column(tags)

    clock.advance(minutes=125)  # the first block ran five minutes over
    stage.grab()
    assert stage.shown_text == "+05:00"  # the stage counts the overrun
    app_window.findChild(QAction, "live-next").trigger()
    qtbot.waitUntil(lambda: live_ui.timer_panel.title.text() == "Åpning og velkommen")
    starts = file_rows(demo_path, "SELECT block_uid FROM run_action WHERE kind = 'start' ORDER BY id")
    assert [uid for (uid,) in starts] == [first.uid, AgendaRepository(ctx.store).blocks()[1].uid]
    stage.grab()
    assert stage.bridge.state.current_title == "Åpning og velkommen"

    out = live_ui.export_csv_to(tmp_path / "kjoreplan.csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    header, first_row = rows[0], rows[1]
    assert header[:5] == ["Nr", "Dag", "Tittel", "Planlagt start", "Planlagt (min)"]
    assert first_row[2] == "Fylkeskommunenes samling" and first_row[4] == "120"
    assert first_row[7] == "125" and first_row[8] == "5"  # ran 125 minutes, five over plan
    assert rows[2][2] == "Åpning og velkommen" and rows[2][5]  # running now: has an actual start
    live_ui.stage.close()


def test_form_groups_and_see_them_on_the_room_board(app_window, loop, qtbot, demo_path):
    ctx = app_window.ctx
    blocks = AgendaRepository(ctx.store).blocks()
    target = next(b for b in blocks if b.title == "Målkonflikter")
    assert file_rows(demo_path, "SELECT COUNT(*) FROM breakout_group WHERE block_uid = ?", target.uid) == [(0,)]
    form = next(a for a in app_window.menu("groups").actions() if a.text() == "Danne grupper…")
    form.trigger()
    from controlroom.ui.people.form_dialog import FormGroupsDialog

    dialog = next(d for d in app_window.findChildren(FormGroupsDialog) if d.isVisible())
    dialog.block_box.setCurrentIndex(dialog.block_box.findData(target.uid))
    assert "minst 0 kommunebrudd" in dialog.plan_label.text()
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    board = app_window.areas.people.board
    run_until(loop, lambda: board.block_uid == target.uid and len(board.cards) >= 10)

    stored = file_rows(demo_path, "SELECT room, members FROM breakout_group WHERE block_uid = ? AND round = 1 "
                                  "ORDER BY position", target.uid)
    assert len(stored) == 10 and sum(len(json_column(m)) for _, m in stored) == 40
    names = dict(file_rows(demo_path, "SELECT email, name FROM participant"))
    for room, members in stored:  # each card shows the group the file holds, name by name
        assert sorted(shown_names(board.cards[room])) == sorted(names.get(e, e) for e in json_column(members))
    assert board.summary.text() == "10 rom, 40 deltakere i runde 1"
    assert app_window.docks["room-board"].isVisible()


def test_layout_is_remembered_between_runs(app_window, qtbot, demo_path, clock, loop, settings, memory_keyring):
    """The host moves a dock; the next window on the same settings comes back the same."""
    from controlroom.app import build_window, make_context

    timeline = app_window.docks["live-timeline"]
    app_window.addDockWidget(Qt.LeftDockWidgetArea, timeline)
    app_window.close()
    store = EventStore.open(demo_path)
    try:
        again = build_window(make_context(store, clock, loop, settings, demo_path))
        qtbot.addWidget(again)
        again.show()  # a state restored on a hidden window is applied at show; the reset is a menu action
        qtbot.waitExposed(again)
        assert again.dockWidgetArea(again.docks["live-timeline"]) == Qt.LeftDockWidgetArea
        again.findChild(QAction, "window-reset-layout").trigger()  # Vis → Tilbakestill vindusoppsettet
        assert again.dockWidgetArea(again.docks["live-timeline"]) == Qt.RightDockWidgetArea
        assert again.docks["inputs"] in again.tabifiedDockWidgets(again.docks["tech-cues"])
        again.close()
    finally:
        store.close()


def test_first_run_layout_fits_a_laptop_screen(app_window, qtbot):
    """Nothing forces the window past 1366×768, and every dock is placed where the plan says."""
    hint = app_window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    docks = app_window.docks
    area = app_window.dockWidgetArea
    assert area(docks["live-timer"]) == Qt.LeftDockWidgetArea
    assert area(docks["live-timeline"]) == area(docks["inputs"]) == Qt.RightDockWidgetArea
    assert area(docks["room-board"]) == Qt.BottomDockWidgetArea
    assert set(app_window.tabifiedDockWidgets(docks["room-board"])) == {docks["participants"], docks["open-space"]}
    assert docks["tech-cues"] in app_window.tabifiedDockWidgets(docks["inputs"])
    assert not docks["inputs"].visibleRegion().isEmpty()  # raised over the tech docks
    app_window.resize(1366, 740)  # a laptop's screen less the panel: the window takes that size
    qtbot.waitUntil(lambda: app_window.size().width() == 1366 and app_window.size().height() == 740)
    for key in ("live-timer", "live-timeline", "inputs", "room-board"):
        assert not docks[key].visibleRegion().isEmpty(), key  # each still shows on the laptop screen
