"""Wiring for the agenda: the service, the agenda panel as the central widget, the File and
Edit menus, and View → Language."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack

from controlroom.application.agenda import AgendaService, EventInfoChanged
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.ui.agenda.file_actions import FileActions
from controlroom.ui.agenda.language import LanguageMenu
from controlroom.ui.agenda.panel import AgendaPanel
from controlroom.ui.agenda.recent import RecentFiles
from controlroom.ui.context import UiContext

REFRESH_MS = 4000


def wire(ctx: UiContext, window) -> None:
    """Build the agenda service and panel and add them to ``window``."""
    service = AgendaService(AgendaRepository(ctx.store), running_block=lambda: running_block_title(ctx))
    ctx.services["agenda"] = service
    stack = QUndoStack(window)
    ctx.services["agenda.undo"] = stack
    panel = AgendaPanel(service, stack, window)
    window.setCentralWidget(panel)
    window.agenda_panel = panel

    recent = RecentFiles(ctx.settings)
    if ctx.event_path is not None:
        recent.add(ctx.event_path)

    def update_title() -> None:
        window.set_event_title(service.event_info().title, ctx.event_path)

    window.file_actions = FileActions(window, service, stack, recent, on_changed=update_title)
    edit = window.menu("edit")
    actions = panel.actions_by_key
    edit.addAction(actions["undo"])
    edit.addAction(actions["redo"])
    edit.addSeparator()
    for key in ("add", "edit", "delete", "up", "down"):
        edit.addAction(actions[key])
    edit.addSeparator()
    edit.addAction(actions["event"])
    edit.addSeparator()
    service.subscribe(lambda event: update_title() if isinstance(event, EventInfoChanged) else None)
    # Changes made elsewhere (the command line, a second laptop on a shared event) show up within
    # a few seconds: one small query, and the model only hears about what differs.
    poll = QTimer(panel)
    poll.setInterval(REFRESH_MS)
    poll.timeout.connect(lambda: None if panel.view.state() == panel.view.State.EditingState else service.refresh())
    poll.start()
    window.language_menu = LanguageMenu(window, ctx.settings)
    update_title()
    panel.view.setFocus()


def running_block_title(ctx: UiContext) -> str | None:
    """The block that runs (or is paused) live, if the live area is wired: the event's dates wait for it."""
    live = ctx.services.get("live")
    if live is None or not hasattr(live, "state"):
        return None
    live.refresh()  # a block started on another laptop sharing the event counts too
    state = live.state()
    if state.current_uid is None:
        return None
    return state.current_title or state.current_uid
