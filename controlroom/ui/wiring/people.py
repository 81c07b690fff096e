"""Wiring of the people area: the repository for other areas, the participants table, the room board
and the Open Space wall as docks, and the "Grupper" menu."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from controlroom.ui.context import UiContext
from controlroom.ui.live.ticker import SecondTicker
from controlroom.ui.main_window import MainWindow
from controlroom.ui.people.exports_menu import GroupExports
from controlroom.ui.people.open_space import OpenSpaceWall
from controlroom.ui.people.participants import ParticipantsPanel
from controlroom.ui.people.room_board import RoomBoard


@dataclass(frozen=True)
class PeopleArea:
    participants: ParticipantsPanel
    board: RoomBoard
    wall: OpenSpaceWall
    board_dock: QDockWidget


def wire(ctx: UiContext, window: MainWindow, ticker: SecondTicker) -> PeopleArea:
    """Add the participants table, the room board (on the live area's second ``ticker``) and the
    Open Space wall as docks, and the "Grupper" menu."""
    people = ctx.services.people
    repo, timers, groups = people.repo, people.timers, people.groups
    live = ctx.services.live
    agenda = ctx.services.agenda  # the blocks in memory, in agenda order

    def statuses() -> dict[str, str]:
        """Each block's status in the day as it runs (the live timer)."""
        return {t.uid: t.status for t in live.state().timings}

    def block_label(uid: str) -> str:
        b = agenda.by_uid(uid)
        return f"{b.start:%H:%M} {b.title}" if b else uid

    participants = ParticipantsPanel(people, groups=groups, block_label=block_label)
    board = RoomBoard(repo, timers, ctx.clock, agenda.blocks, live, ticker=ticker, flow=participants.flow,
                      save_notes=people.set_group_notes)
    wall = OpenSpaceWall(people.open_space, repo, agenda.blocks)
    docks = {
        "participants": window.add_dock("participants", window.tr("Deltakere"), participants, Qt.DockWidgetArea.BottomDockWidgetArea),
        "rooms": window.add_dock("room-board", window.tr("Romtavle"), board, Qt.DockWidgetArea.BottomDockWidgetArea),
        "openspace": window.add_dock("open-space", window.tr("Open Space"), wall, Qt.DockWidgetArea.BottomDockWidgetArea),
    }
    window.tabifyDockWidget(docks["participants"], docks["rooms"])
    window.tabifyDockWidget(docks["rooms"], docks["openspace"])

    def show(key: str) -> None:
        docks[key].show()
        docks[key].raise_()

    def form_groups() -> None:
        from controlroom.ui.people.form_dialog import FormGroupsDialog  # the solver loads with the dialog

        dlg = FormGroupsDialog(people, agenda.blocks(), window, statuses=statuses())
        def formed(uid: str) -> None:
            board.show_block(uid)
            show("rooms")

        dlg.formed.connect(formed)
        dlg.open()

    def choose_wall_block() -> None:
        blocks = agenda.blocks()
        chosen = next((b for b in blocks if "open space" in b.title.lower()), blocks[0] if blocks else None)
        if chosen is not None and chosen.uid != wall.block_uid:
            wall.set_block(chosen.uid)

    def open_space() -> None:
        choose_wall_block()
        show("openspace")

    choose_wall_block()
    docks["participants"].raise_()

    def current_block():
        uid = board.block_uid
        if not uid:
            return None
        block = agenda.by_uid(uid)
        return uid, block.title if block else ""

    ex = GroupExports(window, repo, current_block)
    window.add_action("groups", window.tr("Deltakere"), lambda: show("participants"), "Ctrl+Shift+D")
    window.add_action("groups", window.tr("Importer påmeldingsliste…"), participants.choose_import)
    def rooms() -> None:
        from controlroom.ui.people.rooms_dialog import RoomsDialog

        RoomsDialog(people, window).open()

    window.add_action("groups", window.tr("Rom…"), rooms)
    window.add_action("groups", window.tr("Danne grupper…"), form_groups, "Ctrl+Shift+G")
    def room_board() -> None:
        board.reload_blocks()
        show("rooms")

    window.add_action("groups", window.tr("Romtavle"), room_board, "Ctrl+Shift+R")
    window.add_action("groups", window.tr("Open Space-vegg"), open_space, "Ctrl+Shift+O")
    window.add_action("groups", window.tr("Start alle romtidtakere"), lambda: board.act_all("start"),
                      "Ctrl+Alt+G").setObjectName("groups-start-all")
    window.menu("groups").addSeparator()
    window.add_action("groups", window.tr("Eksporter Zoom-forhåndsfordeling (CSV)…"), ex.zoom_csv)
    window.add_action("groups", window.tr("Skriv ut gruppelister per rom (PDF)…"), ex.venue_pdf)
    window.add_action("groups", window.tr("Liste per Teams-rom for teknisk ansvarlig…"), lambda: ex.host_list("teams"))
    window.add_action("groups", window.tr("Liste per Zoom-rom for teknisk ansvarlig…"), lambda: ex.host_list("zoom"))
    participants.changed.connect(board.rebuild)
    participants.changed.connect(wall.attendance.refresh)

    def changed_elsewhere(_none: None) -> None:
        participants.reload()
        board.rebuild()
        wall.refresh()
        wall.attendance.refresh()

    people.changes.subscribe(changed_elsewhere)
    return PeopleArea(participants, board, wall, docks["rooms"])
