"""Wiring for Zoom and Teams: adds the "Zoom og Teams" workspace (a dock) to the tech host's window,
on the clients, adapters and chat sync the application layer built from the event and the keyring.

Base URLs come from the environment (``KONTROLLROM_ZOOM_OAUTH_URL``, ``KONTROLLROM_ZOOM_API_URL``,
``KONTROLLROM_GRAPH_URL``, ``KONTROLLROM_MSAL_AUTHORITY``, ``KONTROLLROM_MSAL_CA``) so the app can be
pointed at the stubs; the Teams app registration's client id comes from ``KONTROLLROM_TEAMS_CLIENT_ID``
or the event's settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from controlroom.integrations.teams import rooms as teams_rooms
from controlroom.integrations.zoom import groups as zoom_groups
from controlroom.ui.context import UiContext
from controlroom.ui.main_window import MainWindow
from controlroom.ui.platforms.board_status import BoardZoomStatus
from controlroom.ui.platforms.teams_panel import TeamsPanel
from controlroom.ui.platforms.workspace import PlatformsWorkspace
from controlroom.ui.platforms.zoom_panel import ZoomPanel
from controlroom.ui.wiring.people import PeopleArea


def _blocks(ctx: UiContext) -> list[tuple[str, str]]:
    return [(b.uid, f"{i}. {b.title}") for i, b in enumerate(ctx.services.agenda.blocks())]


def _zoom_moves(ctx: UiContext, uid: str, rnd: int) -> str:
    if rnd <= 1:
        return QCoreApplication.translate("platforms", "Runde 1 er første runde: ingen flytter.\n")
    lines = zoom_groups.moves(ctx.store, uid, rnd - 1, rnd, "zoom")
    return zoom_groups.moves_text(lines, rnd - 1, rnd)


@dataclass(frozen=True)
class PlatformsArea:
    workspace: PlatformsWorkspace
    board_status: BoardZoomStatus


def wire(ctx: UiContext, window: MainWindow, people: PeopleArea) -> PlatformsArea:
    """Add the "Zoom og Teams" workspace (a dock) on the event's platform services, and the Zoom
    status on the people area's room board."""
    platforms = ctx.services.platforms
    zoom, teams = platforms.zoom, platforms.teams
    zoom_panel = ZoomPanel(zoom, ctx.services.secrets, platforms.settings, lambda: _blocks(ctx),
                           lambda uid, rnd: _zoom_moves(ctx, uid, rnd), ctx.loop)
    zoom.preassigner.groups = lambda uid, rnd: zoom_groups.online_groups(ctx.store, uid, rnd, "zoom",
                                                                          zoom_panel.part())
    teams_panel = TeamsPanel(teams, lambda: _blocks(ctx),
                             lambda uid, rnd: teams_rooms.rooms_text(ctx.store, uid, rnd), ctx.loop)
    workspace = PlatformsWorkspace(zoom_panel, teams_panel)
    title = QCoreApplication.translate("platforms", "Zoom og Teams")
    dock = window.add_dock("platforms", title, workspace, Qt.DockWidgetArea.RightDockWidgetArea)
    def show_platforms() -> None:
        dock.show()
        dock.raise_()

    window.add_action("tech", QCoreApplication.translate("platforms", "Zoom og &Teams"), show_platforms,
                      "Ctrl+Shift+T")
    status = BoardZoomStatus(people.board, platforms.settings)
    zoom_panel.preassigned.connect(lambda _r: status.refresh())

    async def start() -> None:
        who = await teams.restore()
        if who and teams.settings().sync_on and teams.settings().chat_id:
            teams.start_sync()

    # Wired before the loop runs: the runner holds the task until the loop does (see TaskRunner.run).
    teams_panel.runner.run(start())
    window.on_shutdown(teams.stop_sync)
    window.on_shutdown(zoom.close)
    return PlatformsArea(workspace, status)
