"""Wiring of the people area: the repository for other areas, the participants table, the room board
and the Open Space wall as docks, and the "Grupper" menu."""

from __future__ import annotations

from PySide6.QtCore import Qt

from controlroom.grouping.day_rounds import planned_statuses
from controlroom.grouping.live_repair import LiveGroups
from controlroom.live.runlog import RunLog
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.room_timers import RoomTimers
from controlroom.ui.context import UiContext
from controlroom.ui.people.exports_menu import GroupExports
from controlroom.ui.people.form_dialog import FormGroupsDialog
from controlroom.ui.people.open_space import OpenSpaceWall
from controlroom.ui.people.participants import ParticipantsPanel
from controlroom.ui.people.room_board import RoomBoard
from controlroom.ui.people.rooms_dialog import RoomsDialog


def wire(ctx: UiContext, window) -> None:
    """Build this area's services and panels and add them to ``window``."""
    repo = PeopleRepository(ctx.store)
    ctx.services["people"] = repo
    live = ctx.services.get("live")
    runlog = getattr(live, "log", None) or RunLog(ctx.store, ctx.clock, "people")
    timers = RoomTimers(ctx.store, ctx.clock, runlog)
    ctx.services["people.timers"] = timers
    agenda = AgendaRepository(ctx.store)

    def statuses() -> dict[str, str]:
        """Each block's status in the day as it runs (the live timer), or by the planned times."""
        if live is not None:
            return {t.uid: t.status for t in live.state().timings}
        return planned_statuses(agenda.blocks(), ctx.clock.now(), agenda.event_info().timezone)

    def block_label(uid: str) -> str:
        b = agenda.block(uid)
        return f"{b.start:%H:%M} {b.title}" if b else uid

    groups = LiveGroups(repo, runlog, statuses)
    ctx.services["people.groups"] = groups
    participants = ParticipantsPanel(repo, runlog, groups=groups, block_label=block_label)
    live_ui = ctx.services.get("live_ui")  # its second ticker serves the room board too (one per clock)
    board = RoomBoard(repo, timers, ctx.clock, agenda.blocks, live, ticker=getattr(live_ui, "ticker", None),
                      flow=participants.flow)
    wall = OpenSpaceWall(OpenSpaceRepository(ctx.store), repo, agenda.blocks, runlog=runlog)
    docks = {
        "participants": window.add_dock("participants", window.tr("Deltakere"), participants, Qt.BottomDockWidgetArea),
        "rooms": window.add_dock("room-board", window.tr("Romtavle"), board, Qt.BottomDockWidgetArea),
        "openspace": window.add_dock("open-space", window.tr("Open Space"), wall, Qt.BottomDockWidgetArea),
    }
    window.tabifyDockWidget(docks["participants"], docks["rooms"])
    window.tabifyDockWidget(docks["rooms"], docks["openspace"])

    def show(key: str) -> None:
        docks[key].show()
        docks[key].raise_()

    def form_groups() -> None:
        dlg = FormGroupsDialog(repo, agenda.blocks(), runlog, window, statuses=statuses())
        dlg.formed.connect(lambda uid: (board.show_block(uid), show("rooms")))
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
        block = agenda.block(uid)
        return uid, block.title if block else ""

    ex = GroupExports(window, repo, current_block)
    window.add_action("groups", window.tr("Deltakere"), lambda: show("participants"), "Ctrl+Shift+D")
    window.add_action("groups", window.tr("Importer påmeldingsliste…"), participants.choose_import)
    window.add_action("groups", window.tr("Rom…"), lambda: RoomsDialog(repo, window).open())
    window.add_action("groups", window.tr("Danne grupper…"), form_groups, "Ctrl+Shift+G")
    window.add_action("groups", window.tr("Romtavle"), lambda: (board.reload_blocks(), show("rooms")), "Ctrl+Shift+R")
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
    window.people_ui = {"participants": participants, "board": board, "wall": wall}
