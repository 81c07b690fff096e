"""Wiring for Zoom and Teams: builds the clients, adapters and the chat sync from the event and the
keyring, and adds the "Zoom og Teams" workspace (a dock) to the tech host's window.

Base URLs come from the environment (``KONTROLLROM_ZOOM_OAUTH_URL``, ``KONTROLLROM_ZOOM_API_URL``,
``KONTROLLROM_GRAPH_URL``, ``KONTROLLROM_MSAL_AUTHORITY``, ``KONTROLLROM_MSAL_CA``) so the app can be
pointed at the stubs; the Teams app registration's client id comes from ``KONTROLLROM_TEAMS_CLIENT_ID``
or the event's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from controlroom.integrations.secrets import SecretStore
from controlroom.integrations.teams import rooms as teams_rooms
from controlroom.integrations.teams.auth import TeamsAuth
from controlroom.integrations.teams.service import TeamsService, auth_config, graph_config_from_env
from controlroom.integrations.zoom import groups as zoom_groups
from controlroom.integrations.zoom import setup as zoom_setup
from controlroom.integrations.zoom.adapter import ZoomAdapter
from controlroom.integrations.zoom.client import ZoomClient
from controlroom.integrations.zoom.service import ZoomPreassigner
from controlroom.models.integrations import IntegrationsRepository
from controlroom.ui.context import UiContext
from controlroom.ui.platforms.board_status import BoardZoomStatus
from controlroom.ui.platforms.teams_panel import TeamsPanel
from controlroom.ui.platforms.workspace import PlatformsWorkspace
from controlroom.ui.platforms.zoom_panel import ZoomPanel


def build_services(ctx: UiContext) -> tuple[ZoomAdapter, TeamsService]:
    secrets = ctx.services.get("secrets") or SecretStore()
    repo = IntegrationsRepository(ctx.store)
    client = ZoomClient(lambda: zoom_setup.load_credentials(secrets), zoom_setup.config_from_env())
    preassigner = ZoomPreassigner(
        client, lambda uid, rnd: zoom_groups.online_groups(ctx.store, uid, rnd, "zoom"), repo, ctx.clock)
    zoom = ZoomAdapter(client, preassigner, meeting_id=lambda: str(repo.setting("zoom", "meeting_id", "")))
    log = ctx.services.get("inputs") or ctx.services.get("input_log")
    if log is None or not hasattr(log, "upsert_external"):
        from controlroom.inputs.log import InputLog

        log = InputLog(ctx.store, ctx.clock)
    teams = TeamsService(TeamsAuth(auth_config(repo), secrets), log, repo, ctx.clock, graph_config_from_env())
    return zoom, teams


def _blocks(ctx: UiContext) -> list[tuple[str, str]]:
    from controlroom.models.agenda_repo import AgendaRepository

    try:
        blocks = AgendaRepository(ctx.store).blocks()
    except Exception:  # an event without an agenda yet
        return []
    return [(b.uid, f"{i}. {b.title}") for i, b in enumerate(blocks)]


def _zoom_moves(ctx: UiContext, uid: str, rnd: int) -> str:
    if rnd <= 1:
        return QCoreApplication.translate("platforms", "Runde 1 er første runde: ingen flytter.\n")
    lines = zoom_groups.moves(ctx.store, uid, rnd - 1, rnd, "zoom")
    return zoom_groups.moves_text(lines, rnd - 1, rnd)


def wire(ctx: UiContext, window) -> None:
    """Build this area's services and panels and add them to ``window``."""
    zoom, teams = build_services(ctx)
    ctx.services["zoom"] = zoom
    ctx.services["teams"] = teams
    secrets = ctx.services.get("secrets") or SecretStore()
    zoom_panel = ZoomPanel(zoom, secrets, zoom.preassigner.repo, lambda: _blocks(ctx),
                           lambda uid, rnd: _zoom_moves(ctx, uid, rnd), ctx.loop)
    zoom.preassigner.groups = lambda uid, rnd: zoom_groups.online_groups(ctx.store, uid, rnd, "zoom",
                                                                          zoom_panel.part())
    teams_panel = TeamsPanel(teams, lambda: _blocks(ctx),
                             lambda uid, rnd: teams_rooms.rooms_text(ctx.store, uid, rnd), ctx.loop)
    workspace = PlatformsWorkspace(zoom_panel, teams_panel)
    title = QCoreApplication.translate("platforms", "Zoom og Teams")
    dock = window.add_dock("platforms", title, workspace, Qt.RightDockWidgetArea)
    window.add_action("tech", QCoreApplication.translate("platforms", "Zoom og &Teams"),
                      lambda: (dock.show(), dock.raise_()), "Ctrl+Shift+T")
    ctx.services["platforms.workspace"] = workspace
    board_dock = getattr(window, "docks", {}).get("room-board")
    if board_dock is not None:
        status = BoardZoomStatus(board_dock.widget(), zoom.preassigner.repo)
        zoom_panel.preassigned.connect(lambda _r: status.refresh())
        ctx.services["platforms.board_status"] = status

    async def start() -> None:
        who = await teams.restore()
        if who and teams.settings().sync_on and teams.settings().chat_id:
            teams.start_sync()

    # Wired before the loop runs: the runner holds the task until the loop does (see TaskRunner.run).
    teams_panel.runner.run(start())
    window.on_shutdown(teams.stop_sync)
    window.on_shutdown(zoom.close)
