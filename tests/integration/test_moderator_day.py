"""A moderator's morning on the demo event, through the real window and real event files: open the
demo, start the first block, take an input, form groups, see them on the room board, export the
planned-vs-actual CSV, and open the event again to find it all still there."""

from __future__ import annotations

import asyncio
import csv
from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from controlroom.demo import DEMO_GROUP_BLOCK, DEMO_TITLE
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository


def run_until(loop: asyncio.AbstractEventLoop, predicate, timeout: float = 20.0) -> None:
    """Let the qasync loop (and Qt) run until ``predicate()`` holds."""

    async def wait() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(wait(), timeout))


def test_demo_opens_on_today_with_people_and_groups(app_window, clock):
    ctx = app_window.ctx
    assert app_window.windowTitle().startswith(f"{DEMO_TITLE} — demo-nettverkssamling.krom")
    blocks = AgendaRepository(ctx.store).blocks()
    assert {b.day for b in blocks} == {clock.now().date()}
    board = app_window.people_ui["board"]
    gold = next(b for b in blocks if b.title == DEMO_GROUP_BLOCK)
    assert board.block_uid == gold.uid and len(board.cards) >= 10  # the room board is not empty in the demo
    assert "Lysefjorden" in board.cards
    timer = ctx.services["live_ui"].timer_panel
    assert timer.title.text() == "Ingen bolk går" and "Fylkeskommunenes samling" in timer.next_label.text()


def test_start_block_take_input_and_export(app_window, clock, loop, qtbot, tmp_path):
    ctx = app_window.ctx
    live_ui = ctx.services["live_ui"]
    app_window.findChild(QAction, "live-start").trigger()  # F5
    state = ctx.services["live"].state()
    assert state.running and state.current_index == 0
    qtbot.waitUntil(lambda: live_ui.timer_panel.title.text() == "Fylkeskommunenes samling")

    panel = app_window.docks["inputs"].widget()
    app_window.findChild(QAction).parent()  # the window owns its actions
    panel.focus_entry()
    panel.entry.setText("? Hvordan når vi de små kommunene? #økonomi")
    panel.submit()
    log = ctx.services["inputs"]
    qtbot.waitUntil(lambda: len(log.all()) == 1, timeout=10_000)
    record = log.all()[0]
    assert record.block_uid == state.current_uid and "små kommunene" in record.text

    clock.advance(minutes=125)  # the first block ran five minutes over
    app_window.findChild(QAction, "live-next").trigger()
    assert ctx.services["live"].state().current_index == 1

    out = live_ui.export_csv_to(tmp_path / "kjoreplan.csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    header, first = rows[0], rows[1]
    assert header[:5] == ["Nr", "Dag", "Tittel", "Planlagt start", "Planlagt (min)"]
    assert first[2] == "Fylkeskommunenes samling" and first[4] == "120"
    assert first[7] == "125" and first[8] == "5"  # ran 125 minutes, five over plan
    assert rows[2][2] == "Åpning og velkommen" and rows[2][5]  # running now: has an actual start


def test_form_groups_and_see_them_on_the_room_board(app_window, loop, qtbot):
    ctx = app_window.ctx
    blocks = AgendaRepository(ctx.store).blocks()
    target = next(b for b in blocks if b.title == "Målkonflikter")
    app_window.findChild(QAction, "groups-start-all")  # the board's keyboard action is in the menu
    form = next(a for a in app_window.menu("groups").actions() if a.text() == "Danne grupper…")
    form.trigger()
    from controlroom.ui.people.form_dialog import FormGroupsDialog

    dialog = next(d for d in app_window.findChildren(FormGroupsDialog) if d.isVisible())
    dialog.block_box.setCurrentIndex(dialog.block_box.findData(target.uid))
    assert "minst 0 kommunebrudd" in dialog.plan_label.text()
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    board = app_window.people_ui["board"]
    run_until(loop, lambda: board.block_uid == target.uid and len(board.cards) >= 10)
    members = sum(len(c.findChildren(type(c.countdown))) > 0 for c in board.cards.values())
    assert members == len(board.cards)
    assert board.summary.text() == "10 rom, 40 deltakere i runde 1"
    assert app_window.docks["room-board"].isVisible()
    people = ctx.services["people"]
    assert sum(len(g.members) for g in people.rounds(target.uid)[0].groups) == 40


def test_layout_is_remembered_between_runs(app_window, qtbot, demo_path, clock, loop, settings, memory_keyring):
    """The host moves a dock; the next window on the same settings comes back the same."""
    from PySide6.QtCore import Qt

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
        again.apply_default_layout()  # Vis → Tilbakestill vindusoppsettet
        assert again.dockWidgetArea(again.docks["live-timeline"]) == Qt.RightDockWidgetArea
        assert again.docks["inputs"] in again.tabifiedDockWidgets(again.docks["tech-cues"])
        again.close()
    finally:
        store.close()


def test_first_run_layout_fits_a_laptop_screen(app_window):
    """Nothing forces the window past 1366×768, and every dock is placed where the plan says."""
    hint = app_window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    docks = app_window.docks
    area = app_window.dockWidgetArea
    from PySide6.QtCore import Qt

    assert area(docks["live-timer"]) == Qt.LeftDockWidgetArea
    assert area(docks["live-timeline"]) == area(docks["inputs"]) == Qt.RightDockWidgetArea
    assert area(docks["room-board"]) == Qt.BottomDockWidgetArea
    assert set(app_window.tabifiedDockWidgets(docks["room-board"])) == {docks["participants"], docks["open-space"]}
    assert docks["tech-cues"] in app_window.tabifiedDockWidgets(docks["inputs"])
    assert not docks["inputs"].visibleRegion().isEmpty()  # raised over the tech docks
    assert timedelta(0) == timedelta(0)
    assert isinstance(Path(app_window.ctx.event_path), Path)
