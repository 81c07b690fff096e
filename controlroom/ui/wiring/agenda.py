"""Wiring for the agenda: the agenda panel as the central widget, the File and Edit menus, and
View → Language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from controlroom.application.agenda import EventInfoChanged
from controlroom.ui.agenda.file_actions import FileActions
from controlroom.ui.agenda.language import LanguageMenu
from controlroom.ui.agenda.panel import AgendaPanel
from controlroom.ui.agenda.recent import RecentFiles
from controlroom.ui.context import UiContext
from controlroom.ui.main_window import MainWindow


@dataclass(frozen=True)
class AgendaArea:
    panel: AgendaPanel
    undo: QUndoStack
    file_actions: FileActions
    language_menu: LanguageMenu


def wire(ctx: UiContext, window: MainWindow) -> AgendaArea:
    """Add the agenda panel, the File and Edit menus and View → Language to ``window``. Changes made
    elsewhere (the command line, a second laptop on a shared event) arrive through the change feed."""
    service = ctx.services.agenda
    stack = QUndoStack(window)
    panel = AgendaPanel(service, stack, window)
    window.setCentralWidget(panel)

    recent = RecentFiles(ctx.settings)
    if ctx.event_path is not None:
        recent.add(ctx.event_path)

    def update_title() -> None:
        window.set_event_title(service.event_info().title, ctx.event_path)

    file_actions = FileActions(window, service, stack, recent, on_changed=update_title)
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
    language_menu = LanguageMenu(window, ctx.settings)
    update_title()
    panel.view.setFocus()
    return AgendaArea(panel, stack, file_actions, language_menu)
